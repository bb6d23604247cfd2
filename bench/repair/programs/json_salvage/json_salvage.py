"""Salvage the JSON value from a model reply that is almost, but not quite, valid JSON."""

import json
import re
from dataclasses import dataclass, field
from typing import Any

_FENCE = re.compile(r"```(?:json)?\s*(.*?)(?:```|\Z)", re.DOTALL)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CLOSER = {"{": "}", "[": "]"}


@dataclass
class Salvaged:
    value: Any
    repairs: list[str] = field(default_factory=list)


def missing_closers(text: str) -> str:
    """What must be appended to close every string and bracket still open at the end."""
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in _CLOSER:
            stack.append(_CLOSER[char])
        elif char in "}]" and stack:
            stack.pop()
    return ('"' if in_string else "") + "".join(reversed(stack))


def salvage_json(reply: str | None) -> Salvaged | None:
    """The first JSON object or array in a reply, repaired; None when there is nothing to parse."""
    if not reply:
        return None
    fenced = _FENCE.search(reply)
    text = fenced.group(1) if fenced else reply
    repairs = ["code fence"] if fenced else []
    starts = [index for index in (text.find("{"), text.find("[")) if index != -1]
    text = text[min(starts):].rstrip()
    closers = missing_closers(text)
    if closers:
        text += closers
        repairs.append("unclosed")
    uncommaed = _TRAILING_COMMA.sub(r"\1", text)
    if uncommaed != text:
        text = uncommaed
        repairs.append("trailing comma")
    try:
        value, _ = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError:
        return None
    return Salvaged(value, repairs)
