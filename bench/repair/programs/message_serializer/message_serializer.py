"""Converts the agent's internal chat messages into a provider's request format."""

from typing import Any

Msg = dict[str, Any]


def _assistant(message: Msg) -> Msg:
    blocks: list[Msg] = []
    if message.get("content"):
        blocks.append({"type": "text", "text": message["content"]})
    for call in message.get("tool_calls", []):
        blocks.append(
            {"type": "tool_use", "id": call["id"], "name": call["name"], "input": call["arguments"]}
        )
    return {"role": "assistant", "content": blocks}


def _tool_result(message: Msg) -> Msg:
    block = {
        "type": "tool_result",
        "tool_use_id": message["id"],
        "content": message["content"],
    }
    return {"role": "user", "content": [block]}


def to_provider(messages: list[Msg]) -> dict[str, Any]:
    """Returns {"system": str, "messages": [...]} as the provider's API expects."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    converted = []
    for message in messages:
        if message["role"] == "system":
            continue
        if message["role"] == "tool":
            converted.append(_tool_result(message))
        elif message["role"] == "assistant":
            converted.append(_assistant(message))
        else:
            converted.append({"role": message["role"], "content": message["content"]})
    return {"system": system, "messages": converted}
