"""Checking an LLM configuration without storing it (POST /session/test-config).

The check is real: the provider is built exactly as a session would build it (same SSRF guard,
same transport) and probed with its cheapest call (a model list, or a tiny completion where the
API has none). What went wrong is a report, not a failure of this endpoint: an unsafe base URL, a
refused key or an unknown model come back with `ok: false` and our error code and message, never
the provider's body or the key.
"""

from __future__ import annotations

import time

from resume_api.errors import ApiError
from resume_api.llm.ssrf import check_llm_base_url
from resume_api.models.config_check import ProbeError, TestConfigResponse
from resume_api.models.llm_config_in import LlmConfigIn
from resume_api.settings import LlmSettings

PROBE_TIMEOUT_S = 12.0
"""The probe's own bound, under the function's 20 s timeout whatever the config's timeout_s."""

_ENDPOINTS = {
    "ollama": "POST {base}/api/chat",
    "openai": "POST {base}/v1/chat/completions",
    "openai_compatible": "POST {base}/v1/chat/completions",
    "anthropic": "POST {base}/v1/messages",
    "bedrock": "bedrock-runtime Converse ({region})",
    "offline": "built-in rules (no network)",
}


def endpoint_for(config: LlmConfigIn) -> str:
    return _ENDPOINTS[config.provider].format(base=config.base_url, region=config.region or "default region")


def test_config(config: LlmConfigIn) -> TestConfigResponse:
    """What the endpoint calls (the name is the route's); `check_config` takes explicit settings."""
    return check_config(config)


def check_config(config: LlmConfigIn, *, settings: LlmSettings | None = None) -> TestConfigResponse:
    """A report of what the probe found; a base_url that create would refuse is a 422, as there."""
    check_llm_base_url(config, settings)
    endpoint = endpoint_for(config)
    report = {"provider": config.provider, "model": config.model_name, "endpoint": endpoint}
    if config.provider == "offline":
        return TestConfigResponse(ok=True, model_available=True, latency_ms=0.0, **report)

    from resume_api.llm.registry import provider_for

    key = config.api_key.get_secret_value() if config.api_key else None
    started = time.perf_counter()
    try:
        provider = provider_for(config.stored(), key, settings=settings, timeout_cap_s=PROBE_TIMEOUT_S)
        probe = provider.probe()
    except ApiError as exc:
        return TestConfigResponse(
            ok=False,
            latency_ms=round((time.perf_counter() - started) * 1000, 1),
            error=ProbeError(code=exc.code, message=exc.message),
            **report,
        )
    latency_ms = round((time.perf_counter() - started) * 1000, 1)
    if probe.model_available is False:
        return TestConfigResponse(
            ok=False,
            model_available=False,
            latency_ms=latency_ms,
            error=ProbeError(
                code="llm_model_not_found",
                message=f"The provider is reachable but does not offer the model {config.model_name!r}.",
            ),
            **report,
        )
    return TestConfigResponse(ok=True, model_available=probe.model_available, latency_ms=latency_ms, **report)
