"""A model's JSON schema as handed to an LLM provider: every $ref inlined (some reject $ref).

Below tailoring/ so that each schema's module (the tailored resume's, the refined structure's)
imports this and not the other's models: a direct upload builds no tailoring model.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`model`'s JSON schema with every $ref inlined and titles and defaults dropped."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(definitions[node["$ref"].rsplit("/", 1)[-1]])
            return {k: inline(v) for k, v in node.items() if k not in ("title", "default")}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return dict(inline(schema))
