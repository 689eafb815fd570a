"""The errors LLM providers raise, and the base-URL check's: our messages, never a provider's body.

Apart from the provider interface (llm/base.py, which re-exports them) so that checking a base URL
when a session is created (llm/ssrf.py) builds none of the request, response and protocol classes.
"""

from __future__ import annotations

from resume_api.errors import ApiError, GatewayTimeout, Unprocessable


class LlmError(ApiError):
    """The provider failed; the message is ours (translated), never the provider's raw body."""

    status, code, default_message = 502, "llm_error", "The LLM provider failed."


class LlmUnreachable(LlmError):
    code, default_message = "llm_unreachable", "The LLM provider could not be reached."


class LlmAuthFailed(LlmError):
    code, default_message = "llm_auth_failed", "The LLM provider refused the API key."


class LlmRateLimited(LlmError):
    code, default_message = "llm_rate_limited", "The LLM provider is rate limiting; retry later."


class LlmModelNotFound(LlmError):
    code, default_message = "llm_model_not_found", "The LLM provider does not have this model."


class LlmBadOutput(LlmError):
    code, default_message = "llm_bad_output", "The LLM's answer was not usable."


class LlmResponseTooLarge(LlmError):
    code, default_message = "llm_response_too_large", "The LLM's answer was too large."


class LlmTimeout(GatewayTimeout):
    code, default_message = "llm_timeout", "The LLM provider took too long; for slow models use ?mode=async."


class UnsafeBaseUrl(Unprocessable):
    """base_url resolves somewhere the service must never call (loopback, metadata, private...)."""

    code, default_message = "unsafe_base_url", "base_url points to an address that is not allowed."
