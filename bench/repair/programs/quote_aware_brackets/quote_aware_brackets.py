"""Find unbalanced brackets in code-like text, skipping quoted strings."""

CLOSERS = {")": "(", "]": "[", "}": "{"}
OPENERS = set(CLOSERS.values())
QUOTES = "'\""


def first_error(text):
    """Return None when text is balanced, else the index of the first problem.

    Brackets inside '...' or "..." strings are ignored; inside a string a
    backslash escapes the next character. Problems, in order of priority:
    a closer that does not match the innermost open bracket (its own index),
    an unterminated string (index of its opening quote), and finally the
    outermost bracket that was never closed.
    """
    stack = []
    quote = None
    quote_start = -1
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in QUOTES:
            quote, quote_start = ch, i
        elif ch in OPENERS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            if stack[-1][0] != CLOSERS[ch]:
                return i
            stack.pop()
        i += 1
    if quote:
        return i
    if stack:
        return stack[0][1]
    return None


def is_balanced(text):
    return first_error(text) is None


def max_depth(text):
    """Deepest bracket nesting in balanced text (strings skipped)."""
    if not is_balanced(text):
        raise ValueError(f"unbalanced at index {first_error(text)}")
    depth = best = 0
    quote = None
    escaped = False
    for ch in text:
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = None
        elif ch in QUOTES:
            quote = ch
        elif ch in OPENERS:
            depth += 1
            best = max(best, depth)
        elif ch in CLOSERS:
            depth -= 1
    return best
