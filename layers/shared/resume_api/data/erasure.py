"""Erasing a revoked session's data: every S3 object under its prefixes and its child items.

The session item itself stays (revoked, without its key ciphertext) until TTL sweeps it, so a
late request still gets "revoked" rather than "unknown".
"""

from __future__ import annotations

from resume_api.data import keys
from resume_api.data.aws_errors import aws_call
from resume_api.data.clients import client
from resume_api.data.session_store import SessionStore
from resume_api.settings import aws_resources


def _erase_objects(token_hash: str) -> int:
    bucket = aws_resources().bucket_name
    s3 = client("s3")
    erased = 0
    for prefix in keys.session_prefixes(token_hash):
        kwargs = {"Bucket": bucket, "Prefix": prefix, "MaxKeys": 1000}
        while True:
            with aws_call("s3"):
                page = s3.list_objects_v2(**kwargs)
            batch = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if batch:
                with aws_call("s3"):
                    s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
                erased += len(batch)
            if not page.get("IsTruncated"):
                break
            kwargs["ContinuationToken"] = page["NextContinuationToken"]
    return erased


def erase_session_data(token_hash: str, store: SessionStore) -> int:
    """Delete the session's objects, then its resume/conversation items; returns objects erased."""
    erased = _erase_objects(token_hash)
    table = aws_resources().table_name
    children = store.child_items(token_hash)
    for start in range(0, len(children), 25):
        requests = [
            {"DeleteRequest": {"Key": {"pk": {"S": item["pk"]}, "sk": {"S": item["sk"]}}}}
            for item in children[start : start + 25]
        ]
        with aws_call("dynamodb"):
            client("dynamodb").batch_write_item(RequestItems={table: requests})
    return erased
