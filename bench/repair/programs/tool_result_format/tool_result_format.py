"""Turns what a tool returned into the `tool` message sent back to the model."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_CHARS = 2000


@dataclass
class ToolResult:
    call_id: str
    content: Any
    is_error: bool = False


def _public(fields: dict[str, Any]) -> dict[str, Any]:
    """Drops underscore fields (raw responses, timings): they stay on our side."""
    public = fields
    for key in [key for key in public if key.startswith("_")]:
        del public[key]
    return public


def _as_text(content: Any) -> str:
    return str(content).strip()


def _as_json(content: Any) -> str:
    if isinstance(content, dict):
        content = _public(content)
    return json.dumps(content, indent=2, sort_keys=True, default=str)


def _as_binary(content: bytes) -> str:
    return f"<{len(content)} bytes of binary output>"


FORMATTERS: dict[type, Callable[[Any], str]] = {
    str: _as_text,
    dict: _as_json,
    list: _as_json,
    bytes: _as_binary,
}


def truncate(text: str, limit: int = MAX_CHARS) -> str:
    """Keeps the head and the tail of a long text, where the useful lines usually are."""
    if len(text) <= limit:
        return text
    half = limit // 2
    omitted = len(text) - 2 * half
    return f"{text[:half]}\n[... {omitted} characters omitted ...]\n{text[len(text) - half:]}"


def to_message(result: ToolResult, limit: int = MAX_CHARS) -> dict[str, str]:
    formatter = FORMATTERS.get(type(result.content), _as_text)
    body = truncate(formatter(result.content), limit)
    if result.is_error:
        body = f"Error: {body}"
    return {"role": "tool", "tool_call_id": result.call_id, "content": body}
