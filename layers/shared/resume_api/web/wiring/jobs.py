"""The queue of asynchronous jobs (the optimize worker, invoked as an event)."""

from __future__ import annotations

from functools import cache

from resume_api.data.jobs import LambdaJobQueue
from resume_api.ports import JobQueue


@cache
def job_queue() -> JobQueue:
    return LambdaJobQueue()
