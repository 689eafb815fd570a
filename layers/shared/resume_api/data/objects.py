"""S3 objects of a session (original uploads, parsed versions, generated documents), and the one
write protocol every repository uses to store a body and the item that points at it.

Reads are bounded (a size check before the body is read); presigned POSTs carry a policy that
enforces the content type and size range.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.errors import PayloadTooLarge
from resume_api.settings import aws_resources

T = TypeVar("T")


class Body(NamedTuple):
    """An object to write: its key, its bytes and their content type."""

    key: str
    data: bytes
    content_type: str

    @classmethod
    def json(cls, key: str, document: Any) -> Body:
        return cls(key, json.dumps(document, ensure_ascii=False).encode(), "application/json")


class ObjectStore:
    def __init__(self, bucket: str | None = None) -> None:
        self.bucket = bucket or aws_resources().bucket_name

    def put(self, key: str, body: bytes, content_type: str) -> None:
        with aws_call("s3"):
            client("s3").put_object(Bucket=self.bucket, Key=key, Body=body, ContentType=content_type)

    def put_json(self, key: str, data: Any) -> None:
        self.put(key, json.dumps(data, ensure_ascii=False).encode(), "application/json")

    def size(self, key: str) -> int | None:
        from botocore.exceptions import ClientError

        try:
            with aws_call("s3", passthrough=("404", "NoSuchKey", "NotFound")):
                head = client("s3").head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if error_code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        return int(head["ContentLength"])

    def get(self, key: str, max_bytes: int) -> bytes:
        with aws_call("s3"):
            response = client("s3").get_object(Bucket=self.bucket, Key=key)
        if int(response.get("ContentLength", 0)) > max_bytes:
            response["Body"].close()
            raise PayloadTooLarge(f"The stored file is larger than {max_bytes // (1024 * 1024)} MB.")
        body = response["Body"].read(max_bytes + 1)
        if len(body) > max_bytes:
            raise PayloadTooLarge(f"The stored file is larger than {max_bytes // (1024 * 1024)} MB.")
        return bytes(body)

    def get_json(self, key: str, max_bytes: int = 5 * 1024 * 1024) -> Any:
        return json.loads(self.get(key, max_bytes))

    def delete(self, *keys: str) -> None:
        """Best effort: used to undo a half-done write; never raises."""
        for key in keys:
            try:
                client("s3").delete_object(Bucket=self.bucket, Key=key)
            except Exception:  # noqa: S112 - cleanup must not hide the original error
                continue

    def delete_under(self, prefix: str) -> int:
        """Delete every object under `prefix`, page by page; returns how many there were."""
        s3 = client("s3")
        erased = 0
        kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": prefix, "MaxKeys": 1000}
        while True:
            with aws_call("s3"):
                page = s3.list_objects_v2(**kwargs)
            batch = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if batch:
                with aws_call("s3"):
                    s3.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})
                erased += len(batch)
            if not page.get("IsTruncated"):
                return erased
            kwargs["ContinuationToken"] = page["NextContinuationToken"]

    def presigned_post(self, key: str, content_type: str, max_bytes: int, expires_s: int) -> dict[str, Any]:
        with aws_call("s3"):
            return dict(
                client("s3").generate_presigned_post(
                    Bucket=self.bucket,
                    Key=key,
                    Fields={"Content-Type": content_type},
                    Conditions=[{"Content-Type": content_type}, ["content-length-range", 1, max_bytes]],
                    ExpiresIn=expires_s,
                )
            )

    def presigned_get(self, key: str, expires_s: int, filename: str | None = None) -> str:
        params: dict[str, Any] = {"Bucket": self.bucket, "Key": key}
        if filename:
            params["ResponseContentDisposition"] = f'attachment; filename="{filename}"'
        with aws_call("s3"):
            return str(client("s3").generate_presigned_url("get_object", Params=params, ExpiresIn=expires_s))


class Writable(Protocol):
    def put(self, key: str, body: bytes, content_type: str) -> None: ...
    def delete(self, *keys: str) -> None: ...


def put_then_point(objects: Writable, bodies: Sequence[Body], point: Callable[[], T]) -> T:
    """The write protocol: the objects first, then the (conditional) item that points at them.

    If any write fails or the item's condition loses, the objects written so far are deleted
    again and the error propagates, so no stored item ever points at a missing object and no
    object is left that no item names. Every repository writes through here; object keys are
    unique per write, so a loser never deletes what a winner stored.
    """
    written: list[str] = []
    try:
        for body in bodies:
            objects.put(body.key, body.data, body.content_type)
            written.append(body.key)
        return point()
    except BaseException:
        objects.delete(*written)
        raise
