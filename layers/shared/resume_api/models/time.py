"""The API's one time format: epoch seconds in storage, ISO 8601 UTC in every response."""

from __future__ import annotations

from datetime import UTC, datetime


def iso(epoch: int | float | None) -> str | None:
    """Epoch seconds as an ISO 8601 UTC timestamp, the only time format the API returns."""
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, tz=UTC).isoformat().replace("+00:00", "Z")
