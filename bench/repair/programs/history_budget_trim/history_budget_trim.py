"""Trim a chat history so that it fits a model's token budget.

System messages are always kept, at the front, in their original order.
The other messages are kept newest first until the budget runs out, so the
oldest turns are the ones that go.  A trimmed history never starts with a
tool result whose assistant call was dropped.
"""

PER_MESSAGE_OVERHEAD = 4


def count_tokens(text):
    """Rough token estimate: one token per four characters, at least one."""
    return max(1, (len(text) + 3) // 4)


def message_cost(message):
    """Tokens a message takes in the prompt, including role framing."""
    return count_tokens(message.get("content") or "") + PER_MESSAGE_OVERHEAD


def history_cost(messages):
    return sum(message_cost(m) for m in messages)


def trim_history(messages, budget):
    """Return the longest recent suffix of `messages` (plus system) within `budget`."""
    system = [m for m in messages if m["role"] == "system"]
    others = [m for m in messages if m["role"] != "system"]

    used = history_cost(system)
    if used > budget:
        raise ValueError(f"system prompt needs {used} tokens, budget is {budget}")

    kept = []
    for message in reversed(others):
        cost = message_cost(message)
        if used + cost >= budget:
            break
        kept.append(message)
        used += cost
    kept.reverse()

    while kept and kept[0]["role"] == "tool":
        kept.pop(0)
    return system + kept


def dropped_count(messages, budget):
    """How many messages trimming to `budget` would remove."""
    return len(messages) - len(trim_history(messages, budget))
