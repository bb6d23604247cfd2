"""Parses tool calls that a text-only model writes as JSON in its reply."""

import json
import re
from dataclasses import dataclass, field
from typing import Any

FENCE = re.compile(r"^```(?:json)?\s*\n?(.*?)\n?```$", re.DOTALL)


class ToolCallParseError(ValueError):
    pass


@dataclass
class ToolCall:
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


def strip_fence(text: str) -> str:
    text = text.strip()
    match = FENCE.match(text)
    return match.group(1).strip() if match else text


def parse_tool_call(reply: str) -> ToolCall:
    """Expects {"name": ..., "arguments": {...}}, optionally inside a ```json fence."""
    try:
        data = json.loads(strip_fence(reply))
    except json.JSONDecodeError as err:
        raise ToolCallParseError(f"reply is not JSON: {err.msg}") from err
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ToolCallParseError("a tool call needs a string 'name'")
    arguments = data.get("args", {})
    if not isinstance(arguments, dict):
        raise ToolCallParseError("'arguments' must be an object")
    return ToolCall(data["name"], arguments)
