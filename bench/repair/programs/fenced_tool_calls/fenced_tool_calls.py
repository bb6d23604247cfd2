"""Pull tool calls out of fenced JSON blocks in a plain-text model reply.

Models without native tool calling are asked to answer with a ```json block; depending on
the few-shot examples they copied, the block holds one of three shapes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

FENCE = re.compile(r"```([\w-]*)[ \t]*\n(.*?)\n[ \t]*```", re.DOTALL)
CALL_TAGS = {"", "json", "tool_call"}


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)
    call_id: str | None = None


def _openai_shape(item: dict[str, Any]) -> ToolCall:
    function = item["function"]
    raw = function.get("arguments") or "{}"
    arguments = json.loads(raw) if isinstance(raw, str) else raw
    return ToolCall(function["name"], arguments, item.get("id"))


def _anthropic_shape(item: dict[str, Any]) -> ToolCall:
    return ToolCall(item["name"], item.get("arguments") or {}, item.get("id"))


def _bare_shape(item: dict[str, Any]) -> ToolCall:
    arguments = item.get("arguments", item.get("parameters")) or {}
    return ToolCall(item["name"], arguments, item.get("id"))


SHAPES: dict[str, Callable[[dict[str, Any]], ToolCall]] = {
    "function": _openai_shape,
    "tool_use": _anthropic_shape,
}


def iter_tool_calls(text: str) -> Iterator[ToolCall]:
    for tag, block in FENCE.findall(text):
        if tag not in CALL_TAGS:
            continue
        try:
            payload = json.loads(block)
        except json.JSONDecodeError:
            continue  # an ordinary code sample, not a call
        for item in payload if isinstance(payload, list) else [payload]:
            if not isinstance(item, dict) or not ("name" in item or "function" in item):
                continue
            yield SHAPES.get(item.get("type", ""), _bare_shape)(item)


def extract_tool_calls(text: str) -> list[ToolCall]:
    return list(iter_tool_calls(text))
