"""Emulated DynamoDB transactions (local_runner/transactions.py) keep moto's meaning with a cheaper backup.

Transactions go to a moto backend of the test's own (none of a runner's state is touched), as the
runner's server hands them to moto. They are drawn over two tables (one keyed by hash and range,
as ours, one by hash alone), a small set of keys some of which exist, every kind of item (Put,
Update, Delete, ConditionCheck), conditions that hold or fail at any position, and keys named
twice (which moto refuses midway).
A transaction that fails leaves every item of both tables as it was; one that succeeds leaves what
its writes, applied in order, give. Either way the tables stay the objects they were: the backup
copied the named items, not the tables.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from local_runner import transactions
from local_runner.template import ACCOUNT_ID, REGION

pytestmark = pytest.mark.aws

PAIRED, SINGLE = "paired", "single"
KEYS = ("a", "b", "c", "d")
STORED = ("a", "b")
"""Keys that hold an item before each transaction; the others do not."""
HOLDS, FAILS = "attribute_not_exists(nothing)", "attribute_exists(nothing)"

State = dict[tuple[str, str], dict[str, str]]
"""(table, key) → the item's attributes besides its key."""


def _key(table: str, key: str) -> dict[str, Any]:
    return {"pk": {"S": key}, "sk": {"S": "row"}} if table == PAIRED else {"id": {"S": key}}


@pytest.fixture(scope="module")
def dynamodb() -> Any:
    """A backend of moto's own, apart from any runner's in this process, with the two tables."""
    from moto.dynamodb.models import DynamoDBBackend

    transactions.install()
    backend = DynamoDBBackend(REGION, ACCOUNT_ID)
    key_schema = {
        PAIRED: [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        SINGLE: [{"AttributeName": "id", "KeyType": "HASH"}],
    }
    for name, schema in key_schema.items():
        attr = [{"AttributeName": k["AttributeName"], "AttributeType": "S"} for k in schema]
        backend.create_table(
            name,
            schema=schema,
            throughput=None,
            attr=attr,
            global_indexes=None,
            indexes=None,
            streams=None,
            billing_mode="PAY_PER_REQUEST",
            sse_specification=None,
            tags=[],
            deletion_protection_enabled=False,
            warm_throughput=None,
        )
    return backend


def _reset(backend: Any) -> State:
    """Each table holds the items of STORED and nothing else."""
    for name, table in backend.tables.items():
        table.items.clear()
        for key in STORED:
            table.put_item({**_key(name, key), "v": {"S": f"stored-{key}"}})
    return {(table, key): {"v": f"stored-{key}"} for table in (PAIRED, SINGLE) for key in STORED}


def _state(backend: Any) -> State:
    state: State = {}
    for name, table in backend.tables.items():
        rows = table.items.values()
        for row in [r for group in rows for r in group.values()] if name == PAIRED else rows:
            item = row.to_json()["Attributes"]
            key = item.pop("pk", None) or item.pop("id")
            item.pop("sk", None)
            state[(name, key["S"])] = {attr: value["S"] for attr, value in item.items()}
    return state


OPERATION = st.tuples(
    st.sampled_from((PAIRED, SINGLE)),
    st.sampled_from(("Put", "Update", "Delete", "ConditionCheck")),
    st.sampled_from(KEYS),
    st.booleans(),
    st.sampled_from(("x", "y", "")),
)
"""(table, kind, key, whether its condition holds, the value written; '' writes with no condition)."""


def _request(table: str, kind: str, key: str, holds: bool, value: str) -> dict[str, Any]:
    op: dict[str, Any] = {"TableName": table}
    if kind == "Put":
        op["Item"] = {**_key(table, key), "v": {"S": value or "put"}}
    else:
        op["Key"] = _key(table, key)
    if kind == "Update":
        op["UpdateExpression"] = "SET v = :v"
        op["ExpressionAttributeValues"] = {":v": {"S": value or "updated"}}
    if value == "" or kind == "ConditionCheck":
        op["ConditionExpression"] = HOLDS if holds else FAILS
    return {kind: op}


def _applied(state: State, operations: list[tuple[str, str, str, bool, str]]) -> State | None:
    """What the transaction leaves, or None where it must fail (a condition fails, a key twice)."""
    after = {key: dict(item) for key, item in state.items()}
    named: set[tuple[str, str]] = set()
    for table, kind, key, holds, value in operations:
        if (table, key) in named or ((value == "" or kind == "ConditionCheck") and not holds):
            return None
        named.add((table, key))
        if kind == "Put":
            after[(table, key)] = {"v": value or "put"}
        elif kind == "Update":
            after.setdefault((table, key), {})["v"] = value or "updated"
        elif kind == "Delete":
            after.pop((table, key), None)
    return after


@settings(max_examples=150)
@given(st.lists(OPERATION, min_size=1, max_size=5))
def test_a_transaction_is_applied_whole_or_not_at_all(
    dynamodb: Any, operations: list[tuple[str, str, str, bool, str]]
) -> None:
    from moto.dynamodb.exceptions import MultipleTransactionsException, TransactionCanceledException

    before = _reset(dynamodb)
    tables = dict(dynamodb.tables)
    expected = _applied(before, operations)
    request = [_request(*op) for op in operations]
    if expected is None:
        with pytest.raises((TransactionCanceledException, MultipleTransactionsException)):
            dynamodb.transact_write_items(request)
        assert _state(dynamodb) == before
    else:
        dynamodb.transact_write_items(request)
        assert _state(dynamodb) == expected
    assert all(dynamodb.tables[name] is table for name, table in tables.items())


def test_install_is_idempotent() -> None:
    from moto.dynamodb.models import DynamoDBBackend

    transactions.install()
    installed = DynamoDBBackend.transact_write_items
    transactions.install()
    assert DynamoDBBackend.transact_write_items is installed
