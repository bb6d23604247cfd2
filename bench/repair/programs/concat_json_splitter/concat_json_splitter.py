"""Split a buffer of back-to-back JSON documents into whole documents.

Some streaming endpoints write objects with nothing between them
('{"a":1}{"b":2}'), and a read may stop in the middle of one. ``split_values``
tracks bracket depth, skipping brackets inside strings, and returns the complete
top-level objects/arrays plus the unfinished remainder for the next read.
"""

OPEN = "{["
CLOSE = "}]"


def split_values(buffer):
    values = []
    depth = 0
    in_string = False
    escaped = False
    start = None
    for i, ch in enumerate(buffer):
        if start is None:
            if ch.isspace() or ch == ",":
                continue
            if ch not in OPEN:
                raise ValueError(f"expected an object or array at offset {i}, got {ch!r}")
            start = i
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth -= 1
            if depth == 0:
                values.append(buffer[start:i + 1])
    remainder = buffer[start:] if start is not None else ""
    return values, remainder


class ConcatJSONReader:
    """Feed it network reads; it hands back the documents completed so far."""

    def __init__(self):
        self._pending = ""

    def feed(self, text):
        values, self._pending = split_values(self._pending + text)
        return values
