"""Check a model's tool-call arguments against the tool's JSON schema (a small subset).

Supported keywords: type, properties, required, additionalProperties (false only),
items, enum, minimum, maximum.
"""

import json
from collections.abc import Callable
from typing import Any

Schema = dict[str, Any]

TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
}


def check_value(value: Any, schema: Schema, path: str = "$") -> list[str]:
    expected = schema.get("type")
    if expected is not None and not TYPE_CHECKS[expected](value):
        return [f"{path}: expected {expected}"]
    errors = []
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: must be one of {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: must be >= {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        errors.append(f"{path}: must be <= {schema['maximum']}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += check_value(item, schema["items"], f"{path}[{index}]")
    if isinstance(value, dict):
        errors += _check_object(value, schema, path)
    return errors


def _check_object(value: dict[str, Any], schema: Schema, path: str) -> list[str]:
    properties = schema.get("properties", {})
    errors = [f"{path}.{name}: required" for name in schema.get("required", [])
              if name not in value]
    for name, item in value.items():
        if name in properties:
            errors += check_value(item, properties[name], f"{path}.{name}")
        elif schema.get("additionalProperties") is False:
            errors.append(f"{path}.{name}: unexpected")
    return errors


def check_tool_call(arguments: str | None, schema: Schema) -> list[str]:
    """Validate the raw `arguments` text of a tool call; an empty list means it is valid."""
    try:
        parsed = json.loads(arguments)
    except json.JSONDecodeError as error:
        return [f"$: invalid JSON ({error.msg})"]
    return check_value(parsed, schema)
