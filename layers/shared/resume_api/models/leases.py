"""How long a stored claim or job may outlive its lease, and what a reader is told when it did.

Shared by the resume items (models/records.py) and the conversation items
(models/conversation_record.py); apart from both so that a function reading only conversations
builds no resume record model for two constants.
"""

from __future__ import annotations

STALE_AFTER_S = 30
"""Without a stored `retry_until`: how long past its lease a claim may still be taken over by a
retry; after that it reads as failed (docs/threats.md 22: no state stays stuck)."""
INTERRUPTED = {
    "code": "processing_failed",
    "message": "Processing stopped before it finished (an outage or a crash); upload the file again.",
}
"""The reason a resume or conversation whose attempt ended without a word ends `failed`."""
