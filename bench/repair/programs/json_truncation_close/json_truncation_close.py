"""Complete a JSON document that a model stopped writing half way."""

_CLOSERS = {"{": "}", "[": "]"}


def open_brackets(text):
    """Scan text; return (closers still owed, inside a string, pending escape)."""
    stack = []
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in _CLOSERS:
            stack.append(_CLOSERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    return stack, in_string, escaped


def close_truncated(text):
    """Return text completed so that its strings and brackets are balanced.

    An open string is closed (a half-written escape at its end is dropped), a
    dangling comma is removed, a key left waiting for its value gets null, and
    the open brackets are closed innermost first.
    """
    stack, in_string, escaped = open_brackets(text)
    out = text
    if in_string:
        if escaped:
            out = out[:-1]
        out += '"'
    else:
        out = out.rstrip()
        while out.endswith(","):
            out = out[:-1].rstrip()
        if out.endswith(":"):
            out += " null"
    return out + "".join(stack)
