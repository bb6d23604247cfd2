"""Repairs a chat history before it is sent to the model again.

Chat APIs reject a history where a tool result has no matching tool call, or where a
tool call is never answered (e.g. the previous run was interrupted mid-turn).
"""

from typing import Any

Message = dict[str, Any]
INTERRUPTED = "Tool call was interrupted before it returned a result."


def _call_ids(message: Message) -> list[str]:
    if message.get("role") != "assistant":
        return []
    return [call.get("call_id") for call in message.get("tool_calls") or []]


def repair_history(messages: list[Message]) -> list[Message]:
    """Drop orphaned tool results and answer unanswered calls with a placeholder."""
    answered = {m.get("tool_call_id") for m in messages if m.get("role") == "tool"}
    issued = {call_id for m in messages for call_id in _call_ids(m)}
    repaired: list[Message] = []
    for message in messages:
        if message.get("role") == "tool" and message.get("tool_call_id") not in issued:
            continue
        repaired.append(message)
        for call_id in _call_ids(message):
            if call_id not in answered:
                repaired.append({"role": "tool", "tool_call_id": call_id, "content": INTERRUPTED})
    return repaired


def pending_calls(messages: list[Message]) -> list[str]:
    """Ids of tool calls in the last assistant message that have no result yet."""
    for index in range(len(messages) - 1, -1, -1):
        if messages[index].get("role") == "assistant":
            later = {m.get("tool_call_id") for m in messages[index + 1:]}
            return [cid for cid in _call_ids(messages[index]) if cid not in later]
    return []
