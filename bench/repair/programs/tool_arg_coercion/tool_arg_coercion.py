"""Coerce a model's tool-call arguments to the types declared in the tool's JSON schema."""

import json
from collections.abc import Callable
from typing import Any


class ArgumentError(ValueError):
    """Arguments the tool cannot run with; the message goes back to the model."""


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    return bool(value)


def _to_int(value: Any) -> int:
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"not a whole number: {value!r}")
    return int(value)


def _to_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        if value.lstrip().startswith("["):
            return list(json.loads(value))
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value)


COERCERS: dict[str, Callable[[Any], Any]] = {
    "string": str,
    "integer": _to_int,
    "number": float,
    "boolean": _to_bool,
    "array": _to_list,
}


def coerce_arguments(tool_call: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Arguments of an OpenAI-style tool call ({"id", "function": {"name", "arguments"}}),
    converted to the schema's types, with defaults filled in and unknown names dropped."""
    arguments = tool_call["function"]["arguments"]
    properties: dict[str, Any] = schema.get("properties", {})
    missing = [name for name in schema.get("required", []) if name not in arguments]
    if missing:
        raise ArgumentError(f"missing required arguments: {', '.join(missing)}")
    coerced: dict[str, Any] = {}
    for name, value in arguments.items():
        spec = properties.get(name)
        if spec is None:
            continue
        coerce = COERCERS.get(spec.get("type", "string"), lambda v: v)
        try:
            coerced[name] = coerce(value)
        except (TypeError, ValueError) as exc:
            raise ArgumentError(f"{name}: {exc}") from exc
    for name, spec in properties.items():
        if name not in coerced and "default" in spec:
            coerced[name] = spec["default"]
    return coerced
