"""Asynchronous invocation, emulated as Lambda does it: queued, retried, then sent to the failure destination.

S3 notifications reach the runner through SQS (moto's S3 notifies a queue; a poller here reads
it) and are then invoked asynchronously, as S3 invokes a function on AWS: up to
`MaximumRetryAttempts` retries, then the template's `OnFailure` destination receives the
event with its error context. `InvocationType=Event` calls to the Lambda API land here too.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from local_runner.lambdas import FunctionPool, InvokeError
from local_runner.template import FunctionSpec


@dataclass
class _Job:
    spec: FunctionSpec
    event: Any
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    attempt: int = 0
    enqueued: float = field(default_factory=time.time)


class AsyncInvoker:
    """Runs queued events with Lambda's retry policy and failure destinations."""

    def __init__(
        self,
        pool: FunctionPool,
        send_to_destination: Callable[[str, dict[str, Any]], None],
        retry_delays_s: tuple[float, ...] = (0.5, 1.0),
        threads: int = 4,
    ) -> None:
        self._pool = pool
        self._send = send_to_destination
        self._delays = retry_delays_s
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._idle = threading.Condition()
        self._stopped = False
        self._threads = [
            threading.Thread(target=self._run, daemon=True, name=f"async-{i}") for i in range(threads)
        ]
        for t in self._threads:
            t.start()

    def submit(self, spec: FunctionSpec, event: Any) -> str:
        job = _Job(spec, event)
        with self._idle:
            self._pending += 1
        self._queue.put(job)
        return job.request_id

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Block until every submitted event has finished (tests use this instead of sleeping)."""
        deadline = time.time() + timeout_s
        with self._idle:
            while self._pending:
                remaining = deadline - time.time()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def _done(self) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                self._pool.invoke(job.spec, job.event)
            except InvokeError as exc:
                if job.attempt < min(job.spec.max_retries, len(self._delays)) and not self._stopped:
                    delay = self._delays[job.attempt]
                    job.attempt += 1
                    threading.Timer(delay, self._queue.put, args=(job,)).start()
                    continue
                self._fail(job, exc)
            except Exception as exc:  # the runner's own failure: report it as the function's
                self._fail(job, InvokeError({"errorMessage": str(exc), "errorType": type(exc).__name__}))
            self._done()

    def _fail(self, job: _Job, exc: InvokeError) -> None:
        if not job.spec.on_failure_arn:
            return
        record = {
            "version": "1.0",
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
            "requestContext": {
                "requestId": job.request_id,
                "functionArn": f"arn:aws:lambda:us-east-1:123456789012:function:{job.spec.name}:$LATEST",
                "condition": "RetriesExhausted",
                "approximateInvokeCount": job.attempt + 1,
            },
            "requestPayload": job.event,
            "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": exc.kind},
            "responsePayload": {k: v for k, v in exc.payload.items() if k != "stackTrace"},
        }
        self._send(job.spec.on_failure_arn, record)

    def stop(self) -> None:
        self._stopped = True
        for _ in self._threads:
            self._queue.put(None)


class SqsPoller:
    """Reads S3 notifications from a queue and hands each S3 event to the async invoker."""

    def __init__(self, sqs: Any, queue_url: str, spec: FunctionSpec, invoker: AsyncInvoker) -> None:
        self._sqs = sqs
        self._url = queue_url
        self._spec = spec
        self._invoker = invoker
        self._stop = threading.Event()
        self.delivered = 0
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"sqs-{spec.logical_id}")
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                response = self._sqs.receive_message(
                    QueueUrl=self._url, MaxNumberOfMessages=10, WaitTimeSeconds=1
                )
            except Exception:
                if self._stop.wait(0.5):
                    return
                continue
            for message in response.get("Messages", []):
                body = json.loads(message["Body"])
                if "Records" in body:  # s3:TestEvent and other notices carry no records
                    self._invoker.submit(self._spec, body)
                    self.delivered += 1
                self._sqs.delete_message(QueueUrl=self._url, ReceiptHandle=message["ReceiptHandle"])

    def drain(self, timeout_s: float = 10.0) -> None:
        """Wait until the queue is empty (every notification handed over)."""
        deadline = time.time() + timeout_s
        while time.time() < deadline:
            attrs = self._sqs.get_queue_attributes(
                QueueUrl=self._url,
                AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
            )["Attributes"]
            if (
                attrs["ApproximateNumberOfMessages"] == "0"
                and attrs["ApproximateNumberOfMessagesNotVisible"] == "0"
            ):
                return
            time.sleep(0.1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
