"""How well a conversation went: the share of the expected fields the output got right."""

from __future__ import annotations

from typing import Any


def _same(field: str, expected: Any, actual: Any) -> bool:
    if field == "reply":
        return isinstance(actual, str) and " ".join(actual.lower().split()) == " ".join(
            str(expected).lower().split())
    if field == "cart_total":
        return isinstance(actual, int | float) and abs(actual - expected) < 0.005
    return bool(actual == expected)


def score(task: dict[str, Any], output: Any) -> float:
    expected = task.get("expected")
    if not isinstance(expected, dict) or not expected or not isinstance(output, dict):
        return 0.0
    matched = sum(_same(field, value, output.get(field)) for field, value in expected.items())
    return matched / len(expected)
