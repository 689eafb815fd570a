"""The caller's LLM configuration: what a session holds, as stored and shown.

`api_key` is write-only: it is accepted on input, encrypted with KMS for storage, and only its
masked hint (`****abcd`) is ever returned. Field limits clamp cost (temperature, tokens,
timeouts). `base_url` is checked completely here for what needs no network and no settings
(shape, control characters, anything the HTTP client could not build); the address checks run at
create and test-config (`llm.ssrf.check_base_url_address`) and again, resolved, when the URL is called.
"""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

import unicodedata
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from resume_api.models.base_url import has_control, parse_base_url

Provider = Literal["ollama", "openai", "openai_compatible", "anthropic", "bedrock", "offline"]

DEFAULT_BASE_URLS: dict[str, str] = {
    "ollama": "http://localhost:11434",
    "openai": "https://api.openai.com",
    "anthropic": "https://api.anthropic.com",
}
DEFAULT_MODELS: dict[str, str] = {"offline": "offline-rules"}
KEY_REQUIRED = frozenset({"openai", "anthropic"})
NO_KEY = frozenset({"bedrock", "offline"})
NO_URL = frozenset({"bedrock", "offline"})


def check_base_url(value: str) -> str:
    """Shape checks that need no network: scheme, credentials, host (as the SSRF guard reads it,
    models/base_url.py), port, no fragment, no control character or space, and a URL the HTTP
    client can build (as given and as the transport sends it)."""
    if len(value) > 2048:
        raise ValueError("base_url is too long")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zs", "Zl", "Zp") for c in value):
        raise ValueError("base_url must not contain control characters or spaces")
    scheme, _host, port, path = parse_base_url(value)
    parts = urlsplit(value)
    if parts.query or parts.fragment:
        raise ValueError("base_url must not have a query or fragment")
    _buildable(value, scheme, port, path)
    return value.rstrip("/")


def _buildable(value: str, scheme: str, port: int | None, path: str) -> None:
    """Both URLs the transport builds from base_url must be valid to httpx (else a call would 500)."""
    import httpx

    try:
        httpx.URL(value)
        httpx.URL(f"{scheme}://127.0.0.1:{port or 80}{path.rstrip('/')}/v1/chat/completions")
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise ValueError("base_url is not a URL the HTTP client can use") from exc


REDACTED = "[redacted secret]"
"""What a secret echoed in a model's answer is replaced by (llm/redact.py); the guard reads it as no claim."""


def mask_key(key: str) -> str:
    """`****` plus the last four characters, and only those, of a key long enough to hide."""
    return "****" + key[-4:] if len(key) >= 12 else "****"


class LlmConfigBase(BaseModel):
    """The fields and checks every form shares. Never validated itself, so its own schema is not
    built (`defer_build`); each form below builds its own at import, as any model does (BUILT)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

    provider: Provider
    model_name: str = Field("", max_length=200, pattern=r"^[A-Za-z0-9._:/@+\-]*$")
    base_url: str | None = Field(None, max_length=2048)
    temperature: float = Field(0.2, ge=0, le=2)
    max_tokens: int = Field(4096, ge=16, le=32_768)
    timeout_s: float = Field(60, gt=0, le=600)
    region: str | None = Field(None, max_length=32, pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")

    @field_validator("base_url", mode="before")
    @classmethod
    def _no_control_before_stripping(cls, value: object) -> object:
        """`str_strip_whitespace` would drop a trailing newline or tab silently: refused as anywhere."""
        if isinstance(value, str) and has_control(value):
            raise ValueError("base_url must not contain control characters or spaces")
        return value

    @field_validator("base_url")
    @classmethod
    def _url_shape(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value == "" and info.data.get("provider") == "openai_compatible":
            raise ValueError("base_url is required for the openai_compatible provider")
        return None if value in (None, "") else check_base_url(value)

    def host(self) -> str | None:
        """The host an API key is bound to (lower-case, with port if any)."""
        if not self.base_url:
            return None
        parts = urlsplit(self.base_url)
        host = (parts.hostname or "").lower()
        return f"{host}:{parts.port}" if parts.port else host


BUILT = ConfigDict(defer_build=False)
"""A form of the configuration that is validated: built at import like every other model."""


class LlmConfigStored(LlmConfigBase):
    """As stored in the session item: everything but the key, which is kept encrypted beside it."""

    model_config = BUILT
