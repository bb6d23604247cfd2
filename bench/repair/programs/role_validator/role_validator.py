"""Checks a chat history before it is sent to the model: roles, order, tool-call pairing."""

import json
from collections.abc import Callable
from typing import Any

Message = dict[str, Any]


def _check_system(message: Message, index: int, pending: set[str]) -> str | None:
    return None if index == 0 else "system message must come first"


def _check_user(message: Message, index: int, pending: set[str]) -> str | None:
    if pending:
        return f"user message while tool calls are unanswered: {sorted(pending)}"
    return None if message.get("content") else "user message is empty"


def _check_assistant(message: Message, index: int, pending: set[str]) -> str | None:
    calls = message.get("tool_calls") or []
    if not calls and not message.get("content"):
        return "assistant message has neither content nor tool calls"
    for call in calls:
        pending.add(call["id"])
        try:
            arguments = json.loads(call["function"]["arguments"])
        except json.JSONDecodeError:
            return f"tool call {call['id']}: arguments must be a JSON string"
        if not isinstance(arguments, dict):
            return f"tool call {call['id']}: arguments must encode an object"
    return None


def _check_tool(message: Message, index: int, pending: set[str]) -> str | None:
    call_id = message["tool_call_id"]
    if call_id not in pending:
        return f"tool result for unknown call {call_id}"
    pending.discard(call_id)
    return None


CHECKS: dict[str, Callable[[Message, int, set[str]], str | None]] = {
    "system": _check_system,
    "user": _check_user,
    "assistant": _check_assistant,
    "tool": _check_tool,
}


def validate_history(messages: list[Message]) -> list[str]:
    """Problems found, as "message N: ..." strings; an empty list means the history is valid."""
    problems: list[str] = []
    pending: set[str] = set()
    for index, message in enumerate(messages):
        check = CHECKS.get(message.get("role", ""))
        if check is None:
            problems.append(f"message {index}: unknown role {message.get('role')!r}")
            continue
        try:
            problem = check(message, index, pending)
        except KeyError as missing:
            problem = f"missing field {missing}"
        if problem:
            problems.append(f"message {index}: {problem}")
    if pending:
        problems.append(f"unanswered tool calls: {sorted(pending)}")
    return problems
