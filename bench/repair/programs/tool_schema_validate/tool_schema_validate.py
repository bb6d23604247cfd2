"""Validates model-supplied tool arguments against the tool's JSON-schema subset."""

from typing import Any

TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


def _type_ok(value: Any, type_name: str) -> bool:
    if isinstance(value, bool) and type_name in ("integer", "number"):
        return False
    return isinstance(value, TYPES[type_name])


def validate_arguments(schema: dict[str, Any], arguments: dict[str, Any]) -> list[str]:
    """Human-readable problems, empty when the arguments are valid."""
    problems = []
    properties = schema.get("properties", {})
    for name in schema.get("requires", []):
        if name not in arguments:
            problems.append(f"missing required argument {name!r}")
    for name, value in arguments.items():
        if name not in properties:
            if schema.get("additionalProperties", True) is False:
                problems.append(f"unexpected argument {name!r}")
            continue
        expected = properties[name].get("type")
        if expected and not _type_ok(value, expected):
            problems.append(f"argument {name!r} should be of type {expected}")
    return problems
