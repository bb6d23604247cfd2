"""Turns the events of an agent run into the chat messages sent back to the model."""

import json
from collections.abc import Callable, Iterable
from typing import Any

Event = dict[str, Any]
Message = dict[str, Any]
MAX_RESULT_CHARS = 2000


def _user(event: Event) -> Message:
    return {"role": "user", "content": event["text"]}


def _assistant(event: Event) -> Message:
    message: Message = {"role": "assistant", "content": event.get("text") or None}
    calls = event.get("calls", [])
    if calls:
        message["tool_calls"] = [
            {
                "id": call["id"],
                "type": "function",
                "function": {"name": call["name"], "arguments": call["args"]},
            }
            for call in calls
        ]
    return message


def _tool_result(event: Event) -> Message:
    output = event["output"]
    if not isinstance(output, str):
        output = json.dumps(output)
    if len(output) > MAX_RESULT_CHARS:
        dropped = len(output) - MAX_RESULT_CHARS
        output = output[:MAX_RESULT_CHARS] + f"\n[... {dropped} characters truncated]"
    return {"role": "tool", "tool_call_id": event["call_id"], "content": output}


RENDERERS: dict[str, Callable[[Event], Message]] = {
    "user": _user,
    "assistant": _assistant,
    "tool_result": _tool_result,
}


def build_transcript(system_prompt: str, events: Iterable[Event]) -> list[Message]:
    messages: list[Message] = [{"role": "system", "content": system_prompt}]
    pending: set[str] = set()
    for event in events:
        render = RENDERERS.get(event["type"])
        if render is None:
            raise ValueError(f"unknown event type {event['type']!r}")
        if event["type"] == "tool_result":
            pending.discard(event["call_id"])
        elif pending:
            raise ValueError(f"tool calls without results: {sorted(pending)}")
        pending.update(call["id"] for call in event.get("calls", []))
        messages.append(render(event))
    return messages
