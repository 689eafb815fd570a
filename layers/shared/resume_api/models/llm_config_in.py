"""The LLM configuration as a client sends it: session create and test-config take it.

`api_key` is write-only: accepted here, encrypted with KMS for storage, and only its masked hint
is ever returned. Apart from models/llm_config.py (the stored and shown forms, which every
function that reads a session builds) because only the two routes that receive one validate it.
"""

from __future__ import annotations

from pydantic import Field, SecretStr, model_validator

from resume_api.models.llm_config import (
    BUILT,
    DEFAULT_BASE_URLS,
    DEFAULT_MODELS,
    KEY_REQUIRED,
    NO_KEY,
    NO_URL,
    LlmConfigBase,
    LlmConfigStored,
    mask_key,
)
from resume_api.models.llm_config_public import LlmConfigPublic


class LlmConfigIn(LlmConfigBase):
    """As a client sends it."""

    model_config = BUILT

    api_key: SecretStr | None = Field(None, max_length=512)

    @model_validator(mode="after")
    def _complete(self) -> LlmConfigIn:
        if self.provider in NO_URL and self.base_url:
            raise ValueError(f"base_url is not used by the {self.provider} provider")
        if self.provider != "bedrock" and self.region:
            raise ValueError("region is only used by the bedrock provider")
        if self.provider == "openai_compatible" and not self.base_url:
            raise ValueError("base_url is required for the openai_compatible provider")
        if not self.base_url and self.provider in DEFAULT_BASE_URLS:
            self.base_url = DEFAULT_BASE_URLS[self.provider]
        if not self.model_name:
            if self.provider not in DEFAULT_MODELS:
                raise ValueError(f"model_name is required for the {self.provider} provider")
            self.model_name = DEFAULT_MODELS[self.provider]
        key = self.api_key.get_secret_value() if self.api_key else ""
        if self.provider in NO_KEY and key:
            raise ValueError(f"api_key is not used by the {self.provider} provider")
        if self.provider in KEY_REQUIRED and not key:
            raise ValueError(f"api_key is required for the {self.provider} provider")
        if self.api_key is not None and not key:
            self.api_key = None
        return self

    def public(self) -> LlmConfigPublic:
        key = self.api_key.get_secret_value() if self.api_key else None
        return LlmConfigPublic(
            **self.model_dump(exclude={"api_key"}),
            api_key_masked=mask_key(key) if key else None,
        )

    def stored(self) -> LlmConfigStored:
        return LlmConfigStored(**self.model_dump(exclude={"api_key"}))
