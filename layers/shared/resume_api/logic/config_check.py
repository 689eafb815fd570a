"""Checking an LLM configuration without storing it (POST /session/test-config)."""

from __future__ import annotations

from resume_api.models.llm_config import LlmConfigIn, TestConfigResponse

_ENDPOINTS = {
    "ollama": "POST {base}/api/chat",
    "openai": "POST {base}/v1/chat/completions",
    "openai_compatible": "POST {base}/v1/chat/completions",
    "anthropic": "POST {base}/v1/messages",
    "bedrock": "bedrock-runtime Converse ({region})",
    "offline": "built-in rules (no network)",
}


def test_config(config: LlmConfigIn) -> TestConfigResponse:
    endpoint = _ENDPOINTS[config.provider].format(
        base=config.base_url, region=config.region or "default region"
    )
    return TestConfigResponse(ok=True, provider=config.provider, model=config.model_name, endpoint=endpoint)
