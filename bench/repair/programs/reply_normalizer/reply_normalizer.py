"""Turns an Anthropic Messages API response into the harness's own reply shape."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Block = dict[str, Any]


@dataclass
class ToolRequest:
    call_id: str
    name: str
    arguments: dict[str, Any]


@dataclass
class Reply:
    text: str = ""
    tool_requests: list[ToolRequest] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    truncated: bool = False
    output_tokens: int = 0


def _on_text(reply: Reply, block: Block) -> None:
    reply.text += block["text"]


def _on_tool_use(reply: Reply, block: Block) -> None:
    arguments = block.get("input") or {}
    reply.tool_requests.append(ToolRequest(block["tool_use_id"], block["name"], arguments))


def _on_thinking(reply: Reply, block: Block) -> None:
    reply.reasoning.append(block["thinking"])


HANDLERS: dict[str, Callable[[Reply, Block], None]] = {
    "text": _on_text,
    "tool_use": _on_tool_use,
    "thinking": _on_thinking,
}


def normalize(response: dict[str, Any]) -> Reply:
    """Joins text blocks, collects tool requests and reasoning; other block types (e.g.
    redacted_thinking) are skipped."""
    reply = Reply()
    for block in response.get("content", []):
        handler = HANDLERS.get(block.get("type", ""))
        if handler is not None:
            handler(reply, block)
    reply.text = reply.text.strip()
    reply.truncated = response.get("stop_reason") == "max_tokens"
    reply.output_tokens = response.get("usage", {}).get("output_tokens", 0)
    return reply
