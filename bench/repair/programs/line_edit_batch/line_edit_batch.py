"""Apply a batch of line-based edit operations to a file buffer.

Every operation refers to 1-based line numbers of the ORIGINAL text, the way
the model saw it in a numbered file view:

    {"op": "replace", "start": 3, "end": 4, "text": "new\\nlines\\n"}
    {"op": "insert", "after": 0, "text": "# header\\n"}   # after 0 = at the top
    {"op": "delete", "start": 5, "end": 5}

Operations must not overlap; a bad batch is rejected as a whole.  The result
always ends with a newline.
"""


class EditError(ValueError):
    pass


def _span(op):
    """The (first, last) original lines an op covers; inserts cover nothing."""
    if op["op"] == "insert":
        return op["after"] + 1, op["after"]
    if op["op"] in ("replace", "delete"):
        return op["start"], op["end"]
    raise EditError(f"unknown op {op['op']!r}")


def _as_lines(text):
    if text and not text.endswith("\n"):
        text += "\n"
    return text.splitlines(keepends=True)


def apply_edits(text, ops):
    """Return the edited text; raise EditError for an invalid batch."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    spans = []
    for op in ops:
        first, last = _span(op)
        if first < 1 or last > len(lines) or last < first - 1:
            raise EditError(f"lines out of range: {op}")
        spans.append((first, last, op))
    spans.sort(key=lambda span: (span[0], span[1]))
    for (_, last, _), (first, _, _) in zip(spans, spans[1:]):
        if first <= last:
            raise EditError("overlapping edits")
    for first, last, op in sorted(spans, key=lambda span: span[:2]):
        replacement = [] if op["op"] == "delete" else _as_lines(op["text"])
        lines[first - 1:last] = replacement
    return "".join(lines)
