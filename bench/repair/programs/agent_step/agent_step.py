"""One turn of the agent loop: record the model's reply, run its tool calls, record the results."""

import json
from collections.abc import Callable
from typing import Any

Message = dict[str, Any]


def run_step(history: list[Message], reply: Message, tools: dict[str, Callable[..., Any]]) -> bool:
    """Append the assistant reply, then one tool message per call; True if the loop goes on."""
    calls = reply.get("tool_calls", [])
    for call in calls:
        tool = tools.get(call["name"])
        if tool is None:
            content = f"error: unknown tool {call['name']!r}"
        else:
            content = json.dumps(tool(**call["arguments"]))
        history.append({"role": "tool", "tool_call_id": call["id"], "content": content})
    history.append({"role": "assistant", "content": reply.get("content", ""), "tool_calls": calls})
    return bool(calls)


def check_history(history: list[Message]) -> None:
    """Raise ValueError unless every tool message answers a call of an earlier assistant message."""
    open_calls: set[str] = set()
    for message in history:
        if message["role"] == "assistant":
            open_calls = {call["id"] for call in message.get("tool_calls", [])}
        elif message["role"] == "tool":
            if message["tool_call_id"] not in open_calls:
                raise ValueError(f"tool result {message['tool_call_id']} answers no open call")
            open_calls.discard(message["tool_call_id"])
