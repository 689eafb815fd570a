"""The service's bounds on what a model may be asked for (docs/threats.md 29): tokens and temperature.

Shared by the registry, which clamps a session's configuration, and the HTTP transport, which
clamps each request; a module of its own so neither imports the other.
"""

from __future__ import annotations

MIN_TOKENS, MAX_TOKENS = 16, 32_768


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
