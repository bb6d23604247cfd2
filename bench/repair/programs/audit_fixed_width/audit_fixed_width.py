"""Fixed-width export of an agent's tool-call audit trail.

One record per line, in fixed columns, so the log can be sorted and cut(1)
by column.  Text is left-aligned and truncated to fit; numbers are
right-aligned and zero-padded.
"""

LAYOUT = [
    ("step", 5, "num"),
    ("agent", 10, "text"),
    ("tool", 14, "text"),
    ("status", 7, "text"),
    ("ms", 7, "num"),
]
RECORD_WIDTH = sum(width for _, width, _ in LAYOUT)


def format_record(record):
    parts = []
    for name, width, kind in LAYOUT:
        value = record.get(name)
        if kind == "num":
            number = int(value or 0)
            text = str(number).rjust(width, "0")
            if number < 0 or len(text) > width:
                raise ValueError(f"{name}={value!r} does not fit in {width} columns")
        else:
            text = str(value or "")[:width].ljust(width)
        parts.append(text)
    return "".join(parts)


def parse_record(line):
    line = line.rstrip("\n")
    if len(line) != RECORD_WIDTH:
        raise ValueError(f"expected {RECORD_WIDTH} columns, got {len(line)}")
    record = {}
    pos = 0
    for name, width, kind in LAYOUT:
        field = line[pos:width]
        pos += width
        record[name] = int(field) if kind == "num" else field.rstrip()
    return record


def dump(records):
    return "".join(format_record(r) + "\n" for r in records)


def load(text):
    return [parse_record(line) for line in text.splitlines() if line.strip()]
