"""From a session's LLM configuration to the provider that serves it, with every limit clamped.

This is the one place that decides which key a provider gets (docs/threats.md 11: a stored key
goes only to the host it was stored for) and how long it may take (docs/threats.md 29: the timeout
is the lower of the user's and the service's, so a call ends before the function's own timeout).
A session uses one of six backends: only that one's module is imported (the HTTP ones load httpx,
Bedrock botocore's runtime model), and `offline` needs no network.
"""

from __future__ import annotations

from typing import Protocol

from resume_api.llm.base import LlmProvider
from resume_api.llm.limits import MAX_TOKENS, MIN_TOKENS, clamp
from resume_api.models.llm_config import LlmConfigBase, LlmConfigStored
from resume_api.models.session import SessionItem
from resume_api.settings import LlmSettings, llm_settings


def key_for(config: LlmConfigBase, api_key: str | None, api_key_host: str | None) -> str | None:
    """The stored key, only if the configuration still points at the host it was given for."""
    if not api_key or not api_key_host:
        return None
    return api_key if config.host() == api_key_host else None


def effective_timeout(config: LlmConfigBase, settings: LlmSettings, cap_s: float | None = None) -> float:
    timeout = min(config.timeout_s, settings.max_timeout_s)
    if cap_s is not None:
        timeout = min(timeout, cap_s)
    return max(0.1, timeout)


def clamped(config: LlmConfigStored) -> LlmConfigStored:
    """Temperature and max_tokens inside the service's bounds, whatever the stored item says."""
    return config.model_copy(
        update={
            "temperature": clamp(config.temperature, 0.0, 2.0),
            "max_tokens": int(clamp(config.max_tokens, MIN_TOKENS, MAX_TOKENS)),
        }
    )


def provider_for(
    config: LlmConfigStored,
    api_key: str | None,
    *,
    settings: LlmSettings | None = None,
    timeout_cap_s: float | None = None,
) -> LlmProvider:
    """The provider for `config`. `api_key` must already be the one `key_for` allows."""
    settings = settings or llm_settings()
    config = clamped(config)
    timeout_s = effective_timeout(config, settings, timeout_cap_s)
    provider = config.provider
    if provider == "offline":
        from resume_api.llm.offline import OfflineProvider

        return OfflineProvider(config)
    if provider == "bedrock":
        from resume_api.llm.bedrock import BedrockProvider

        return BedrockProvider(config, timeout_s=timeout_s)
    if provider == "ollama":
        from resume_api.llm.ollama import OllamaProvider

        return OllamaProvider(config, api_key, timeout_s=timeout_s, settings=settings)
    if provider in ("openai", "openai_compatible"):
        from resume_api.llm.openai import OpenAiProvider

        return OpenAiProvider(config, api_key, timeout_s=timeout_s, settings=settings)
    if provider == "anthropic":
        from resume_api.llm.anthropic import AnthropicProvider

        return AnthropicProvider(config, api_key, timeout_s=timeout_s, settings=settings)
    raise ValueError(f"unknown LLM provider {provider!r}")


class ApiKeys(Protocol):
    def api_key(self, token_hash: str) -> str | None: ...


def provider_for_session(session: SessionItem, keys: ApiKeys) -> LlmProvider:
    """The session's provider, with its API key only if the config still points at the key's host
    (the key is read and decrypted only then). Its answers come back with the key redacted, so no
    reader of a model's text (the guard, the stores, the documents) ever sees it (llm/redact.py)."""
    api_key = None
    if session.has_api_key and session.api_key_host and session.llm_config.host() == session.api_key_host:
        api_key = keys.api_key(session.token_hash)
    from resume_api.llm.redact import redacting

    return redacting(provider_for(session.llm_config, api_key), api_key)
