"""DynamoDB transactions in emulated AWS, backed up item by item instead of table by table.

moto backs up a TransactWriteItems by deep-copying each named table once per item, before it
checks anything, and on failure puts the copies back in place of the tables. Every fenced write
(the session's ConditionCheck beside the write, data/table.py) so copied the runner's one table
twice: the cost of each write grew with everything the runner had stored before it (about 4% of
`make test`'s CPU, growing with the square of the runner tests). Only the items a transaction
names can change, so a copy of those is the same backup: each named item (or its absence) is
copied before moto runs the transaction and put back if moto raises, and moto's own backup of
the table is the table itself (its rollback then puts the same object back). A table whose items
cannot all be located by their key, or that records a stream, keeps moto's whole copy.
Writes reach moto one at a time (aws.FaultInjector), as moto's backup assumes too.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

_INSTALLED = "_backs_up_items"


class _Backup:
    """The items one transaction names, as they were before it ran."""

    def __init__(self, tables: dict[str, Any], transact_items: list[dict[str, Any]]) -> None:
        from moto.dynamodb.models.dynamo_type import DynamoType

        self.saved: list[tuple[Any, Any, Any, Any, bool]] = []
        self.tables: dict[int, Any] = {}
        whole: set[int] = set()
        for entry in transact_items:
            if len(entry) != 1:
                continue  # moto refuses the transaction before it writes anything
            ((kind, op),) = entry.items()
            table = tables.get(str(op.get("TableName"))) if isinstance(op, dict) else None
            if table is None:
                continue
            key = _key_of(table, kind, op)
            if key is None or table.stream_shard is not None:
                whole.add(id(table))
                continue
            hash_value = DynamoType(key[table.hash_key_attr])
            range_value = DynamoType(key[table.range_key_attr]) if table.range_key_attr else None
            self.tables[id(table)] = table
            self.saved.append((table, hash_value, range_value, *_current(table, hash_value, range_value)))
        for identity in whole:
            self.tables.pop(identity, None)
        self.saved = [entry for entry in self.saved if id(entry[0]) in self.tables]

    def restore(self) -> None:
        """Put every saved item back as it was (the first backup of a key last, so it wins)."""
        for table, hash_value, range_value, item, had_hash in reversed(self.saved):
            if range_value is None:
                if item is None:
                    table.items.pop(hash_value, None)
                else:
                    table.items[hash_value] = item
                continue
            if item is not None:
                table.items[hash_value][range_value] = item
                continue
            rows = table.items.get(hash_value)
            if rows is not None:
                rows.pop(range_value, None)
                if not rows and not had_hash:
                    del table.items[hash_value]


def _key_of(table: Any, kind: str, op: dict[str, Any]) -> dict[str, Any] | None:
    """The item's primary key as the transaction names it, or None where it does not name it whole."""
    names = [table.hash_key_attr, *([table.range_key_attr] if table.range_key_attr else [])]
    source = op.get("Item") if kind == "Put" else op.get("Key")
    if not isinstance(source, dict) or any(name not in source for name in names):
        return None
    if kind != "Put" and set(source) != set(names):
        return None
    return {name: source[name] for name in names}


def _current(table: Any, hash_value: Any, range_value: Any) -> tuple[Any, bool]:
    """A copy of the item stored at the key (None if there is none), and whether its hash key had rows."""
    if range_value is None:
        item = table.items.get(hash_value)
        return (copy.deepcopy(item) if item is not None else None), item is not None
    rows = table.items.get(hash_value)
    item = rows.get(range_value) if rows is not None else None
    return (copy.deepcopy(item) if item is not None else None), rows is not None


def _itself(table: Any) -> Callable[[dict[int, Any]], Any]:
    return lambda memo: table


def install() -> None:
    """Back up moto's DynamoDB transactions by item, in this process (idempotent)."""
    from moto.dynamodb.models import DynamoDBBackend

    original = DynamoDBBackend.transact_write_items
    if getattr(original, _INSTALLED, False):
        return

    @functools.wraps(original)
    def transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
        backup = _Backup(self.tables, transact_items)
        for table in backup.tables.values():
            table.__deepcopy__ = _itself(table)  # moto's backup of the table: the table itself
        try:
            original(self, transact_items)
        except BaseException:
            backup.restore()
            raise
        finally:
            for table in backup.tables.values():
                del table.__deepcopy__

    setattr(transact_write_items, _INSTALLED, True)
    DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]
