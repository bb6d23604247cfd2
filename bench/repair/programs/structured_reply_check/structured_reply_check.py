"""Checks a model's structured (JSON) reply against a flat field schema, coercing values."""

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise ValueError(f"not a boolean: {value!r}")


COERCERS: dict[str, Callable[[Any], Any]] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": _to_bool,
}


@dataclass
class Checked:
    data: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text


def check_reply(text: str, schema: Mapping[str, str]) -> Checked:
    """schema maps each required field to one of COERCERS' type names."""
    result = Checked()
    try:
        payload = json.loads(_strip_fences(text))
    except json.JSONDecodeError as exc:
        result.errors.append(f"invalid JSON: {exc.msg}")
        return result
    if not isinstance(payload, dict):
        result.errors.append("expected a JSON object")
        return result
    for name, type_name in schema.items():
        if name not in payload:
            result.errors.append(f"{name}: missing")
            continue
        try:
            result.data[name] = COERCERS[type_name](payload[name])
        except TypeError:
            result.errors.append(f"{name}: expected {type_name}")
    return result
