"""Secrets never pass through a model: the one redaction applied where a model's answer becomes text.

A model can echo what it was sent, the API key included (a proxy that reflects its
Authorization header, a model talked into repeating it). So before anything reads an answer,
the session's own key and any string shaped like a credential (`sk-…`, `sk-ant-…`, `sk-proj-…`,
`AKIA…`/`ASIA…`, bearer tokens, Slack `xox…`, GitHub `ghp_…`, JWTs, long high-entropy tokens)
are replaced by `REDACTED`. JSON string literals are decoded first, so an escaped echo
(`"\\u0073k-…"`) is caught as well. `RedactingProvider` wraps the provider built for a session, so
every path that reads an answer (sync and async optimize, upload refinement) gets the same text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable

from resume_api.llm.base import LlmProvider, LlmRequest, LlmResponse, ProbeResult
from resume_api.models.llm_config import REDACTED

_SHAPES = re.compile(
    r"""
    (?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{8,}                      # OpenAI, Anthropic (sk-ant-), sk-proj-
    | (?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{12,}  # AWS key ids
    | (?<![A-Za-z0-9])xox[abposrce]-[A-Za-z0-9\-]{8,}          # Slack
    | (?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,})  # GitHub
    | (?<![A-Za-z0-9])(?:glpat-|hf_|gsk_|xai-|r8_|pplx-|AIza)[A-Za-z0-9_\-]{16,}   # other vendors
    | (?<![A-Za-z0-9])eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}  # JWT
    """,
    re.VERBOSE,
)
_BEARER = re.compile(
    r"(?i)\b(bearer\s+|(?:api[_\-]?key|x-api-key|authorization|token|secret|password)\s*[:=]\s*)(?!\[redacted)([^\s\"',;]{8,})"
)
_RUN = re.compile(r"[A-Za-z0-9_\-+/=]{24,}")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
MIN_SECRET = 6
"""A session key shorter than this is not searched for literally (it would match ordinary words)."""


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _high_entropy(token: str) -> bool:
    """A long run that mixes letters and digits and looks random, not a word or a hyphenated phrase."""
    core = token.strip("=")
    if not (any(c.isdigit() for c in core) and any(c.isalpha() for c in core)):
        return False
    if "/" in core and (len(core) < 40 or core.startswith(("http", "www"))):
        return False  # a URL path, not a secret (an AWS secret key is exactly 40 characters)
    parts = re.split(r"[-_]", core)
    if len(parts) > 1 and all(p.isalpha() or p.isdigit() or len(p) < 6 for p in parts):
        return False  # kebab-case words and short numbers: a slug, not a token
    return _entropy(core) >= 3.6


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with the given secrets and every credential-shaped string replaced by REDACTED."""
    if not text:
        return text
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET:
            text = text.replace(secret, REDACTED)
    text = _SHAPES.sub(REDACTED, text)
    text = _BEARER.sub(lambda m: m.group(1) + REDACTED, text)
    return _RUN.sub(lambda m: REDACTED if _high_entropy(m.group(0)) else m.group(0), text)


def redact_answer(text: str, secrets: Iterable[str] = ()) -> str:
    """A model's answer redacted inside every JSON string literal (escapes decoded) and between them."""
    keys = [s for s in secrets if s]
    out: list[str] = []
    position = 0
    for match in _JSON_STRING.finditer(text or ""):
        out.append(redact(text[position : match.start()], keys))
        out.append(_redact_literal(match.group(0), keys))
        position = match.end()
    out.append(redact((text or "")[position:], keys))
    return "".join(out)


def _redact_literal(raw: str, keys: list[str]) -> str:
    try:
        value = json.loads(raw)
    except ValueError:
        return redact(raw, keys)
    cleaned = redact(value, keys)
    return raw if cleaned == value else json.dumps(cleaned, ensure_ascii=False)


class RedactingProvider:
    """A provider whose answers never carry a secret: what every caller of a session's LLM gets."""

    def __init__(self, inner: LlmProvider, secrets: Iterable[str | None] = ()) -> None:
        self._inner = inner
        self._secrets = tuple(s for s in secrets if s)
        self.name = inner.name
        self.model = inner.model

    def __repr__(self) -> str:
        return f"RedactingProvider({self._inner!r})"

    def complete(self, request: LlmRequest) -> LlmResponse:
        response = self._inner.complete(request)
        return response.replace(
            text=redact_answer(response.text, self._secrets),
            model=redact(response.model, self._secrets),
            provider=redact(response.provider, self._secrets),
        )

    def probe(self) -> ProbeResult:
        result = self._inner.probe()
        if result.models:
            result.models = [redact(m, self._secrets) for m in result.models]
        return result


def redacting(provider: LlmProvider, api_key: str | None) -> LlmProvider:
    """`provider` wrapped so that neither `api_key` nor any key-shaped string leaves it in an answer."""
    return RedactingProvider(provider, [api_key] if api_key else [])
