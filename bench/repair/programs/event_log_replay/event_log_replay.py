"""Rebuild an agent's conversation state by replaying its append-only event log."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Event = dict[str, Any]


class ReplayError(ValueError):
    pass


@dataclass
class AgentState:
    messages: list[dict[str, Any]] = field(default_factory=list)
    pending_calls: dict[str, str] = field(default_factory=dict)  # call id -> tool name
    failed_tools: list[str] = field(default_factory=list)
    tokens_used: int = 0
    last_event_id: int = 0


def tool_result_event(event_id: int, call_id: str, output: str, is_error: bool = False) -> Event:
    return {"id": event_id, "type": "tool_result", "call_id": call_id, "output": output,
            "is_error": is_error}


def _on_message(state: AgentState, event: Event) -> None:
    state.messages.append({"role": event["role"], "content": event["text"]})


def _on_tool_call(state: AgentState, event: Event) -> None:
    state.pending_calls[event["call_id"]] = event["tool"]
    state.messages.append({"role": "assistant", "tool_call": {
        "id": event["call_id"], "name": event["tool"], "arguments": event["args"]}})


def _on_tool_result(state: AgentState, event: Event) -> None:
    call_id = event["call_id"]
    tool = state.pending_calls.pop(call_id, None)
    if tool is None:
        raise ReplayError(f"event {event['id']}: result for unknown call {call_id!r}")
    failed = bool(event.get("error"))
    if failed:
        state.failed_tools.append(tool)
    state.messages.append({"role": "tool", "tool_call_id": call_id, "content": event["output"],
                           "is_error": failed})


def _on_usage(state: AgentState, event: Event) -> None:
    state.tokens_used += event["input_tokens"] + event["output_tokens"]


HANDLERS: dict[str, Callable[[AgentState, Event], None]] = {
    "message": _on_message,
    "tool_call": _on_tool_call,
    "tool_result": _on_tool_result,
    "usage": _on_usage,
}


def replay(events: Iterable[Event], state: AgentState | None = None) -> AgentState:
    """Apply events in order; ids at or below the last applied one are duplicates."""
    state = state or AgentState()
    for event in events:
        if event["id"] <= state.last_event_id:
            continue
        handler = HANDLERS.get(event["type"])
        if handler is None:
            raise ReplayError(f"event {event['id']}: unknown type {event['type']!r}")
        handler(state, event)
        state.last_event_id = event["id"]
    return state
