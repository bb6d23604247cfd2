"""Fits a chat history into a model's context budget."""

Message = dict[str, str]

PER_MESSAGE_OVERHEAD = 4  # role markers and separators added by the chat format


def count_tokens(text: str) -> int:
    """Rough estimate: one token per four characters, rounded up."""
    return (len(text) + 3) // 4


def message_tokens(message: Message) -> int:
    return count_tokens(message["content"])


def total_tokens(messages: list[Message]) -> int:
    return sum(message_tokens(m) for m in messages)


def fit_to_budget(messages: list[Message], budget: int, reserve: int = 0) -> list[Message]:
    """A leading system message plus the newest messages that fit in budget - reserve.

    Stops at the first message (from the newest) that does not fit, so the kept part of the
    conversation has no holes. The result keeps the original order.
    """
    system = messages[:1] if messages and messages[0]["role"] == "system" else []
    available = budget - reserve - total_tokens(system)
    if available < 0:
        raise ValueError("the system prompt alone exceeds the budget")
    kept = []
    for message in reversed(messages[len(system):]):
        cost = message_tokens(message)
        if cost > available:
            break
        kept.append(message)
        available -= cost
    return system + kept
