"""Fit a chat transcript into a model's token budget.

Messages are dicts with "role" and "content". The leading system message, if
there is one, is always kept. The rest of the transcript is kept from the
newest end backwards until the next group of messages would not fit. Tool
results are grouped with the assistant message that requested them, so a tool
result is never sent without its call.
"""

MESSAGE_OVERHEAD = 4


def message_tokens(message):
    """Approximate tokens of one message: its words plus a fixed overhead."""
    return len(message["content"].split()) + MESSAGE_OVERHEAD


def history_tokens(messages):
    return sum(message_tokens(m) for m in messages)


def _groups_newest_first(messages):
    end = len(messages)
    while end > 0:
        start = end - 1
        while start > 0 and messages[start]["role"] == "tool":
            start -= 1
        yield messages[start:end]
        end = start


def fit_history(messages, budget):
    """Return the messages that fit in `budget` tokens, in their original order."""
    head, rest = [], list(messages)
    if rest and rest[0]["role"] == "system":
        head.append(rest.pop(0))
    used = history_tokens(head)
    kept = []
    for group in _groups_newest_first(rest):
        cost = history_tokens(group)
        if used + cost >= budget:
            break
        kept[:0] = group
        used += cost
    return head + kept
