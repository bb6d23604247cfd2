"""Find the JSON value a model embedded in a chatty reply."""

import json


def balanced_end(text, start):
    """Index just past the bracket group that opens at text[start], or -1."""
    depth = 0
    in_string = False
    escaped = False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def extract_json(reply, want=dict):
    """Return the first parseable JSON value of type want in the reply, or None.

    Candidates start at every "{" (every "[" when want is list).  A candidate
    that never balances or does not parse is skipped and the search goes on
    from the next opening bracket after its start.
    """
    opener = "{" if want is dict else "["
    start = reply.find(opener)
    while start != -1:
        end = balanced_end(reply, start)
        if end != -1:
            try:
                value = json.loads(reply[start:end])
            except json.JSONDecodeError:
                value = None
            if isinstance(value, want):
                return value
        start = reply.find(opener, end)
    return None
