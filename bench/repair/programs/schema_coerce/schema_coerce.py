"""Coerce a model's tool-call arguments to the tool's JSON schema before dispatch."""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def _to_integer(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("expected an integer, got a boolean")
    number = float(value)
    if not number.is_integer():
        raise ValueError(f"expected an integer, got {value!r}")
    return int(number)


def _to_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise ValueError(f"expected a boolean, got {value!r}")


def _to_array(value: Any) -> list[Any]:
    if isinstance(value, str):
        value = json.loads(value)
    return list(value)


COERCERS: dict[str, Callable[[Any], Any]] = {
    "string": str,
    "integer": _to_integer,
    "number": float,
    "boolean": _to_boolean,
    "array": _to_array,
}


@dataclass
class Coerced:
    arguments: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def coerce_arguments(schema: dict[str, Any], raw: str | dict[str, Any]) -> Coerced:
    """Errors are collected for the model to read; they never escape as exceptions."""
    result = Coerced()
    if isinstance(raw, str):
        try:
            raw = json.loads(raw or "{}")
        except json.JSONDecodeError as exc:
            result.errors.append(f"arguments are not valid JSON: {exc.msg}")
            return result
    if not isinstance(raw, dict):
        result.errors.append("arguments must be a JSON object")
        return result
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in raw:
            result.errors.append(f"missing required argument {name!r}")
    for name, value in raw.items():
        if name not in properties:
            result.errors.append(f"unknown argument {name!r}")
            continue
        coerce = COERCERS.get(properties[name].get("type"), lambda v: v)
        try:
            result.arguments[name] = coerce(value)
        except ValueError as exc:
            result.errors.append(f"argument {name!r}: {exc}")
    return result
