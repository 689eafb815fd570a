"""Fixtures for the LLM layer: fake servers per test, settings that let providers reach them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from resume_api.llm.base import LlmProvider
from resume_api.llm.registry import provider_for
from resume_api.models.llm_config import LlmConfigStored
from resume_api.settings import LlmSettings
from tests.llm.fakes import FakeLlm

SETTINGS = LlmSettings(allow_private_base_urls=True, max_timeout_s=25.0, max_response_bytes=64 * 1024)
"""Private addresses allowed (the fakes are on 127.0.0.1); a small response cap keeps tests fast."""

MakeFake = Callable[..., FakeLlm]


@pytest.fixture
def fake() -> Iterator[MakeFake]:
    started: list[FakeLlm] = []

    def make(kind: str, **kwargs: Any) -> FakeLlm:
        server = FakeLlm(kind, **kwargs).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


def provider(
    server: FakeLlm,
    *,
    kind: str | None = None,
    model: str = "fake-model",
    key: str | None = None,
    timeout_s: float = 5.0,
    settings: LlmSettings = SETTINGS,
    base_url: str | None = None,
) -> LlmProvider:
    """The provider for a fake, built the way a session builds it (through the registry)."""
    config = LlmConfigStored(
        provider=kind or server.kind,
        model_name=model,
        base_url=base_url or server.url,
        timeout_s=timeout_s,
    )
    return provider_for(config, key, settings=settings)
