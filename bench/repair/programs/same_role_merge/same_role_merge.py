"""Merge consecutive messages from the same speaker.

Some providers reject two user (or two assistant) messages in a row, so
before a transcript is sent, runs of same-role messages are folded into one.
Contents are joined with a blank line, empty contents are skipped, and tool
calls of merged assistant messages are concatenated in order.  Tool results
are never merged (each answers its own call), nor are messages from
differently named participants.  The input list and its messages are left
untouched.
"""

SEPARATOR = "\n\n"


def _mergeable(previous, message):
    if previous is None or previous["role"] != message["role"]:
        return False
    if message["role"] == "tool":
        return False
    return previous.get("name") == message.get("name")


def merge_consecutive(messages, separator=SEPARATOR):
    merged = []
    for message in messages:
        previous = merged[-1] if merged else None
        if not _mergeable(previous, message):
            merged.append(message)
            continue
        parts = [p for p in (previous.get("content"), message.get("content")) if p]
        previous["content"] = separator.join(parts)
        calls = previous.get("tool_calls", []) + message.get("tool_call", [])
        if calls:
            previous["tool_calls"] = calls
    return merged


def merge_stats(messages):
    """Summary used in debug logs: message counts before and after merging."""
    merged = merge_consecutive(messages)
    return {
        "before": len(messages),
        "after": len(merged),
        "folded": len(messages) - len(merged),
    }
