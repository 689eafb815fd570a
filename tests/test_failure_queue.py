"""`failure_records` reads one resume's records from a queue crowded with others' (moto SQS)."""

from __future__ import annotations

import json

import boto3
from moto import mock_aws

from tests.failure_queue import failure_records


def test_a_resumes_record_is_found_behind_more_than_one_receive_of_others() -> None:
    with mock_aws():
        sqs = boto3.client("sqs", region_name="us-east-1")
        url = sqs.create_queue(QueueName="failures")["QueueUrl"]
        for i in range(23):
            sqs.send_message(QueueUrl=url, MessageBody=json.dumps({"requestPayload": f"other-{i}"}))
        sqs.send_message(QueueUrl=url, MessageBody=json.dumps({"requestPayload": "mine-1"}))
        records = failure_records(sqs, url, "mine-1", timeout_s=5)
        assert [r["requestPayload"] for r in records] == ["mine-1"]
        left = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])
        assert left["Attributes"]["ApproximateNumberOfMessages"] == "23", "others stay visible"
        assert failure_records(sqs, url, "mine-1", timeout_s=1.5) == [], "mine was deleted"
