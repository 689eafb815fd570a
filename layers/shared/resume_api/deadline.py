"""When an invocation must be done: a margin before Lambda's own timeout, so we answer first."""

from __future__ import annotations

import time
from typing import Any


def lambda_deadline(context: Any, margin_s: float, default_s: float = 25.0) -> float:
    """`margin_s` before the Lambda context runs out (epoch seconds); `default_s` without one."""
    remaining = getattr(context, "get_remaining_time_in_millis", None)
    seconds = remaining() / 1000 if callable(remaining) else default_s
    return time.time() + max(0.0, seconds - margin_s)
