"""Plain-Python ↔ DynamoDB attribute values, through boto3's own (de)serializers.

The low-level client is used everywhere (lighter at cold start than the resource API); these
two helpers keep the stores readable.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer

_ser = TypeSerializer()
_de = TypeDeserializer()


def _number(value: float) -> Decimal:
    """DynamoDB numbers hold 38 digits between 1e-130 and 1e126; a float like 1e-308 underflows,
    so values are kept to 15 significant digits and anything tinier than 1e-100 is zero."""
    if not math.isfinite(value):
        raise ValueError("DynamoDB cannot store a non-finite number")
    return Decimal(0) if abs(value) < 1e-100 else Decimal(format(value, ".15g"))


def _to_dynamo(value: Any) -> Any:
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, dict):
        return {k: _to_dynamo(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_to_dynamo(v) for v in value]
    return value


def _from_dynamo(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list | set):
        return [_from_dynamo(v) for v in value]
    if isinstance(value, bytes | bytearray) or type(value).__name__ == "Binary":
        return bytes(value)
    return value


def to_item(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _ser.serialize(_to_dynamo(v)) for k, v in data.items() if v is not None}


def from_item(item: dict[str, Any]) -> dict[str, Any]:
    return {k: _from_dynamo(_de.deserialize(v)) for k, v in item.items()}


def values(**kwargs: Any) -> dict[str, Any]:
    """ExpressionAttributeValues from keyword arguments: values(now=1) → {':now': {'N': '1'}}."""
    return {f":{k}": _ser.serialize(_to_dynamo(v)) for k, v in kwargs.items()}
