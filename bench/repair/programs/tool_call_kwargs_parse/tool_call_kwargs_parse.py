"""Parse a tool call written in a model's text reply, e.g. ``search(query="x", limit=5)``."""
import ast
import re

CALL = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*\((.*)\)\s*$", re.S)
WORDS = {"true": True, "false": False, "null": None, "none": None}


def _split_args(body):
    """Split the argument list on commas outside quotes and brackets."""
    parts, depth, quote, escaped, start = [], 0, None, False, 0
    for i, ch in enumerate(body):
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _value(raw):
    text = raw.strip()
    if text.lower() in WORDS:
        return WORDS[text.lower()]
    try:
        return ast.literal_eval(text)
    except ValueError:
        return text


def parse_tool_call(text):
    """Return (name, kwargs) for ``name(key=value, ...)``.

    Values may be Python or JSON literals (strings, numbers, lists, dicts);
    true/false/null are accepted in any letter case, and a value that is not
    a literal at all is kept as its stripped text. Raises ValueError for text
    that is not a call, a positional or malformed argument, or a repeated key.
    """
    match = CALL.match(text)
    if not match:
        raise ValueError(f"not a tool call: {text!r}")
    name, body = match.groups()
    kwargs = {}
    for part in _split_args(body):
        if not part.strip():
            continue
        key, sep, raw = part.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise ValueError(f"bad argument {part.strip()!r} in call to {name}")
        if key in kwargs:
            raise ValueError(f"argument {key!r} given twice in call to {name}")
        kwargs[key] = _value(raw)
    return name, kwargs
