"""Prepare the thinking blocks of a conversation before it is sent back to the model.

Assistant turns of the tool-use loop still in progress (everything after the last user
turn that is more than tool results) must keep their thinking blocks exactly as received,
signature included. Turns that are finished keep none: they no longer count, and dropping
them keeps requests small.
"""

from copy import deepcopy
from typing import Any

Block = dict[str, Any]
Message = dict[str, Any]

THINKING_TYPES = frozenset({"thinking"})


def _blocks(message: Message) -> list[Block]:
    content = message["content"]
    return [{"type": "text", "text": content}] if isinstance(content, str) else content


def loop_start(messages: list[Message]) -> int:
    """Index of the first message of the tool-use loop in progress."""
    for index in range(len(messages) - 1, -1, -1):
        message = messages[index]
        if message["role"] != "user":
            continue
        if not all(block["type"] == "tool_result" for block in _blocks(message)):
            return index + 1
    return 0


def prepare_thinking(messages: list[Message]) -> list[Message]:
    """A copy of messages with thinking removed from finished assistant turns."""
    start = loop_start(messages)
    prepared: list[Message] = []
    for index, message in enumerate(messages):
        message = deepcopy(message)
        if message["role"] == "assistant" and isinstance(message["content"], list):
            if index < start:
                message["content"] = [
                    block for block in message["content"] if block["type"] not in THINKING_TYPES
                ]
            else:
                for block in message["content"]:
                    if block["type"] == "thinking" and not block.get("signature"):
                        raise ValueError(f"message {index}: thinking block has no signature")
        prepared.append(message)
    return prepared


def thinking_count(messages: list[Message]) -> int:
    """How many thinking blocks (of either kind) the messages carry."""
    return sum(
        block["type"] in THINKING_TYPES
        for message in messages
        if message["role"] == "assistant"
        for block in _blocks(message)
    )
