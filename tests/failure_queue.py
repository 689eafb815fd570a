"""The ingest failure destination, read for one resume: the queue is shared by every runner-tier
test of a worker, so a reader takes its own records and leaves the others visible."""

from __future__ import annotations

import json
import time
from typing import Any


def failure_records(sqs: Any, url: str, resume_id: str, timeout_s: float = 10.0) -> list[dict[str, Any]]:
    """Every record of `resume_id` (deleted), waiting up to `timeout_s` for the first one; records
    of other resumes are hidden while the queue is scanned and made visible again after, so a queue
    holding more than one receive's worth of others' records is still read to its end."""
    mine: list[dict[str, Any]] = []
    others: list[str] = []
    deadline = time.time() + timeout_s
    try:
        while time.time() < deadline:
            batch = sqs.receive_message(
                QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1, VisibilityTimeout=30
            ).get("Messages", [])
            for message in batch:
                if resume_id in message["Body"]:
                    sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
                    mine.append(dict(json.loads(message["Body"])))
                else:
                    others.append(message["ReceiptHandle"])
            if mine and len(batch) < 10:  # the queue's visible records all read
                break
    finally:
        for handle in others:
            sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=handle, VisibilityTimeout=0)
    return mine
