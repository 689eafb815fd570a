"""AWS, emulated in-process: a moto server on a loopback port, with the template's resources created in it.

Tables, buckets, keys, queues and log groups are made from their definitions in template.yaml,
under local physical names, and the stack learns those names so that !Ref and !GetAtt in the
functions' environment resolve to them. A fault injector sits in front of moto so tests can
make a chosen AWS operation throttle or fail, as on a bad day in a real region.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import boto3
from botocore.config import Config

from local_runner import transactions
from local_runner.template import ACCOUNT_ID, REGION, Stack

CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_REGION": REGION,
    "AWS_DEFAULT_REGION": REGION,
}


def access_key_for(logical_id: str) -> str:
    """Each function signs with its own access key, so every AWS call can be traced to its caller
    (and checked against that function's IAM policy: tests/test_iam.py). moto accepts any key."""
    return f"LOCAL{logical_id}"


_CREDENTIAL = re.compile(r"Credential=([A-Za-z0-9]+)/|X-Amz-Credential=([A-Za-z0-9]+)%2F", re.IGNORECASE)


def _caller_key(environ: dict[str, Any]) -> str:
    found = _CREDENTIAL.search(environ.get("HTTP_AUTHORIZATION", "") + " " + environ.get("QUERY_STRING", ""))
    if found:
        return found.group(1) or found.group(2)
    return ""


@dataclass
class Fault:
    """Make matching AWS calls fail: `operation` as in `DynamoDB.PutItem`, `S3.PutObject`, `KMS.Encrypt`."""

    operation: str
    code: str = "ThrottlingException"
    status: int = 400
    times: int | None = None  # None: until removed
    match: Callable[[dict[str, Any]], bool] | None = None
    hits: int = 0


def _operation(environ: dict[str, Any]) -> str:
    """Name the AWS operation of a request, as `Service.Operation`."""
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    if target:
        prefix, _, op = target.partition(".")
        service = {"DynamoDB_20120810": "DynamoDB", "TrentService": "KMS", "Logs_20140328": "Logs"}.get(
            prefix, prefix
        )
        if service.startswith("AmazonSQS"):
            service = "SQS"
        return f"{service}.{op}"
    auth = environ.get("HTTP_AUTHORIZATION", "")
    method = environ.get("REQUEST_METHOD", "GET")
    path = environ.get("PATH_INFO", "/")
    query = environ.get("QUERY_STRING", "")
    if "/s3/aws4_request" in auth or not auth:
        parts = [p for p in path.split("/") if p]
        if len(parts) >= 2:
            return {
                "PUT": "S3.PutObject",
                "GET": "S3.GetObject",
                "HEAD": "S3.HeadObject",
                "DELETE": "S3.DeleteObject",
            }.get(method, f"S3.{method}")
        if method == "POST" and "delete" in query:
            return "S3.DeleteObjects"
        if method == "POST":
            return "S3.PostObject"
        if method == "GET" and "list-type=2" in query:
            return "S3.ListObjectsV2"
        return f"S3.{method}Bucket"
    return "Unknown"


_TRANSACT_ACTIONS = {
    "ConditionCheck": "ConditionCheckItem",
    "Put": "PutItem",
    "Update": "UpdateItem",
    "Delete": "DeleteItem",
}


def _transact_parts(environ: dict[str, Any]) -> list[str]:
    """What a TransactWriteItems does, as the operations IAM authorizes it by: AWS checks each
    item's own action (`dynamodb:ConditionCheckItem`, `PutItem`...), there is no action of its own.
    The body is read once and put back for moto."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    try:
        items = json.loads(body or b"{}").get("TransactItems") or []
    except ValueError:
        return []
    return sorted({f"DynamoDB.{_TRANSACT_ACTIONS.get(k, k)}" for item in items for k in item})


_DYNAMODB_WRITES = frozenset(
    f"DynamoDB.{op}" for op in ("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems")
)
"""moto's update_item reads, checks the condition and writes with no lock, so two concurrent
writers can both pass `version = :expected`; real DynamoDB serializes writes to an item. The
injector serializes them in front of moto so conditional writes behave as on AWS."""


class FaultInjector:
    """WSGI middleware in front of moto that answers chosen operations with an AWS error."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app
        self.faults: list[Fault] = []
        self.calls: list[str] = []
        self.calls_by_key: dict[str, set[tuple[str, str]]] = {}
        """access key → {(operation, path)}: who called what, for the IAM check."""
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        operation = _operation(environ)
        with self._lock:
            self.calls.append(operation)
            key = _caller_key(environ)
            if key:
                path = environ.get("PATH_INFO", "")
                parts = (
                    _transact_parts(environ) if operation == "DynamoDB.TransactWriteItems" else [operation]
                )
                self.calls_by_key.setdefault(key, set()).update((part, path) for part in parts)
            fault = next(
                (
                    f
                    for f in self.faults
                    if f.operation == operation
                    and (f.times is None or f.hits < f.times)
                    and (not f.match or f.match(environ))
                ),
                None,
            )
            if fault:
                fault.hits += 1
        if fault is None:
            if operation in _DYNAMODB_WRITES:
                with self._write_lock:  # DynamoDB applies a conditional write atomically; moto does not
                    return list(self.app(environ, start_response))
            return self.app(environ, start_response)
        if operation.startswith("S3."):
            body = (
                f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{fault.code}</Code>"
                f"<Message>injected fault</Message></Error>"
            ).encode()
            content_type = "application/xml"
        else:
            body = json.dumps({"__type": fault.code, "message": "injected fault"}).encode()
            content_type = "application/x-amz-json-1.0"
        start_response(
            f"{fault.status} Injected", [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        )
        return [body]

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()


@dataclass
class EmulatedAws:
    """The moto server and the stack's resources in it."""

    host: str = "127.0.0.1"
    port: int = 0
    endpoint: str = ""
    injector: FaultInjector | None = None
    queue_urls: dict[str, str] = field(default_factory=dict)
    _server: Any = None
    _thread: threading.Thread | None = None

    def start(self) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        transactions.install()

        class QuietHandler(MotoRequestHandler):
            def log_request(self, *args: Any, **kwargs: Any) -> None:
                """Requests to emulated AWS are not worth a console line each."""

        self.injector = FaultInjector(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(
            self.host, self.port, self.injector, threaded=True, request_handler=QuietHandler
        )
        self.port = int(self._server.server_address[1])
        self.endpoint = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="moto")
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def client(self, service: str) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            aws_session_token=CREDENTIALS["AWS_SESSION_TOKEN"],
            config=Config(retries={"mode": "standard", "max_attempts": 2}),
        )

    # -- resources from the template ----------------------------------------------------------
    def provision(self, stack: Stack) -> None:
        """Create every resource the functions use and record its local name and ARN in the stack."""
        name = stack.stack_name
        arn = f"arn:aws:{{}}:{REGION}:{ACCOUNT_ID}:{{}}"
        for logical in stack.of_type("AWS::Serverless::Function"):
            props = stack.function_properties(logical)
            fn_name = str(stack.resolve(props.get("FunctionName", f"{name}-{logical}")))
            stack.physical[logical] = fn_name
            stack.attributes[(logical, "Arn")] = arn.format("lambda", f"function:{fn_name}")
        for logical in stack.of_type("AWS::Serverless::LayerVersion"):
            stack.physical[logical] = arn.format("lambda", f"layer:{name}-{logical}:1")
        for logical in stack.of_type("AWS::Serverless::Api"):
            stack.physical[logical] = "local"

        kms = self.client("kms")
        for logical, spec in stack.of_type("AWS::KMS::Key").items():
            key = kms.create_key(Description=str((spec.get("Properties") or {}).get("Description", logical)))
            stack.physical[logical] = key["KeyMetadata"]["KeyId"]
            stack.attributes[(logical, "Arn")] = key["KeyMetadata"]["Arn"]

        sqs = self.client("sqs")
        for logical in stack.of_type("AWS::SQS::Queue"):
            queue_name = f"{name}-{logical}"
            url = sqs.create_queue(QueueName=queue_name)["QueueUrl"]
            queue_arn = arn.format("sqs", queue_name)
            stack.physical[logical] = url
            stack.attributes[(logical, "Arn")] = queue_arn
            stack.attributes[(logical, "QueueName")] = queue_name
            self.queue_urls[queue_arn] = url

        dynamodb = self.client("dynamodb")
        for logical, spec in stack.of_type("AWS::DynamoDB::Table").items():
            props = spec.get("Properties") or {}
            table = f"{name}-{logical}"
            kwargs: dict[str, Any] = {
                "TableName": table,
                "AttributeDefinitions": props["AttributeDefinitions"],
                "KeySchema": props["KeySchema"],
                "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
            }
            if props.get("GlobalSecondaryIndexes"):
                kwargs["GlobalSecondaryIndexes"] = props["GlobalSecondaryIndexes"]
            try:
                dynamodb.create_table(**kwargs)
            except dynamodb.exceptions.ResourceInUseException:
                # the client retried a create the server had done (a 5xx or a timeout under load):
                # the table is there, as asked
                dynamodb.describe_table(TableName=table)
            ttl = props.get("TimeToLiveSpecification")
            if ttl:
                dynamodb.update_time_to_live(TableName=table, TimeToLiveSpecification=ttl)
            stack.physical[logical] = table
            stack.attributes[(logical, "Arn")] = arn.format("dynamodb", f"table/{table}")

        s3 = self.client("s3")
        for logical, spec in stack.of_type("AWS::S3::Bucket").items():
            given = (spec.get("Properties") or {}).get("BucketName")
            bucket = str(stack.resolve(given) if given else f"{name}-{logical}").lower()
            with contextlib.suppress(s3.exceptions.BucketAlreadyOwnedByYou):  # a retried create, as above
                s3.create_bucket(Bucket=bucket)
            stack.physical[logical] = bucket
            stack.attributes[(logical, "Arn")] = f"arn:aws:s3:::{bucket}"

        logs = self.client("logs")
        for logical, spec in stack.of_type("AWS::Logs::LogGroup").items():
            group = str(
                stack.resolve((spec.get("Properties") or {}).get("LogGroupName", f"{name}-{logical}"))
            )
            with contextlib.suppress(logs.exceptions.ResourceAlreadyExistsException):  # a retried create
                logs.create_log_group(logGroupName=group)
            stack.physical[logical] = group
            stack.attributes[(logical, "Arn")] = arn.format("logs", f"log-group:{group}")

    def wire_s3_notifications(self, stack: Stack) -> dict[str, str]:
        """S3 → SQS for each function with an S3 event (moto notifies SQS; the runner delivers).

        Returns queue URL per function logical id.
        """
        sqs, s3 = self.client("sqs"), self.client("s3")
        by_bucket: dict[str, list[dict[str, Any]]] = {}
        queues: dict[str, str] = {}
        for logical, spec in stack.functions().items():
            for event in spec.s3_events:
                bucket = stack.physical[event["Bucket"]["Ref"]]
                queue_name = f"{stack.stack_name}-{logical}-s3-events"
                url = sqs.create_queue(QueueName=queue_name)["QueueUrl"]
                queues[logical] = url
                events = event.get("Events")
                config: dict[str, Any] = {
                    "QueueArn": f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{queue_name}",
                    "Events": events if isinstance(events, list) else [events],
                }
                rules = ((event.get("Filter") or {}).get("S3Key") or {}).get("Rules")
                if rules:
                    config["Filter"] = {"Key": {"FilterRules": rules}}
                by_bucket.setdefault(bucket, []).append(config)
        for bucket, configs in by_bucket.items():
            s3.put_bucket_notification_configuration(
                Bucket=bucket, NotificationConfiguration={"QueueConfigurations": configs}
            )
        return queues
