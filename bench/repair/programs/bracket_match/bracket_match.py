"""Bracket balance checks for config snippets and expressions."""

PAIRS = {")": "(", "]": "[", "}": "["}
OPENERS = set(PAIRS.values())


def is_balanced(text: str) -> bool:
    stack: list[str] = []
    for ch in text:
        if ch in OPENERS:
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack


def first_error(text: str) -> int:
    """Index of the first bracket that cannot be matched, or -1 when balanced."""
    stack: list[int] = []
    for index, ch in enumerate(text):
        if ch in OPENERS:
            stack.append(index)
        elif ch in PAIRS:
            if not stack or text[stack[-1]] != PAIRS[ch]:
                return index
            stack.pop()
    return stack[0] if stack else -1
