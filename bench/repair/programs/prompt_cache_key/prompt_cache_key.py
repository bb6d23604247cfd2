"""Cache keys for chat requests: requests that differ only in formatting noise share a key."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

Message = dict[str, Any]
VOLATILE_ARGUMENTS = frozenset({"request_id", "timestamp", "trace_id"})


def _text(message: Message) -> Message:
    return {"role": message["role"], "content": (message.get("content") or "").strip()}


def _assistant(message: Message) -> Message:
    normalized = _text(message)
    calls = []
    for call in message.get("tool_calls") or []:
        arguments = call["function"]["arguments"]
        stable = {k: v for k, v in arguments.items() if k not in VOLATILE_ARGUMENTS}
        calls.append({"name": call["function"]["name"], "arguments": stable})
    if calls:
        normalized["tool_calls"] = calls
    return normalized


def _tool(message: Message) -> Message:
    # call ids are random per response, so they are left out; the order of results is kept
    return {"role": "tool", "content": str(message.get("content", ""))}


NORMALIZERS: dict[str, Callable[[Message], Message]] = {
    "system": _text,
    "user": _text,
    "assistant": _assistant,
    "tool": _tool,
}


def cache_key(model: str, messages: list[Message], temperature: float = 0.0) -> str | None:
    """None when the request must not be cached: sampled answers vary from call to call."""
    if temperature > 0:
        return None
    payload = {
        "model": model,
        "messages": [NORMALIZERS[message["role"]](message) for message in messages],
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()
