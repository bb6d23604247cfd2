"""Pulls the JSON object out of a model reply and checks it against a flat field schema."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Checked:
    data: dict[str, Any] | None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def extract_object(reply: str) -> str | None:
    """The outermost {...} of a reply that may wrap it in prose or a code fence."""
    match = re.search(r"\{.*\}", reply)
    return match.group(0) if match else None


def _type_error(name: str, value: Any, expected: type) -> str | None:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return None
    if (isinstance(value, bool) and expected is not bool) or not isinstance(value, expected):
        return f"{name}: expected {expected.__name__}, got {type(value).__name__}"
    return None


def check_reply(
    reply: str, schema: dict[str, type], optional: frozenset[str] = frozenset()
) -> Checked:
    payload = extract_object(reply)
    if payload is None:
        return Checked(None, ["no JSON object in reply"])
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as error:
        return Checked(None, [f"invalid JSON: {error.msg} at line {error.lineno}"])
    errors: list[str] = []
    for name, expected in schema.items():
        if name not in data:
            if name not in optional:
                errors.append(f"missing field {name!r}")
        elif (problem := _type_error(name, data[name], expected)) is not None:
            errors.append(problem)
    errors += [f"unexpected field {name!r}" for name in sorted(set(data) - set(schema))]
    return Checked(None if errors else data, errors)


def retry_prompt(result: Checked) -> str:
    """Feedback for the model when its reply has to be asked for again."""
    issues = "\n".join(f"- {error}" for error in result.errors)
    return f"Your reply did not match the required JSON format:\n{issues}\nReply with JSON only."
