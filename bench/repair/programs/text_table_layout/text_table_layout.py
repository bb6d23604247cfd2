"""Render rows of values as a fixed-width plain-text table."""

ELLIPSIS = "…"


def _cell_text(value, max_width):
    text = "" if value is None else str(value)
    if max_width is not None and len(text) > max_width:
        text = text[:max_width] + ELLIPSIS
    return text


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def render_table(headers, rows, max_width=None):
    """Return the table as a list of lines.

    Numbers are right-aligned, everything else left-aligned; cells longer
    than ``max_width`` characters are cut and end with an ellipsis.
    """
    cells = [[_cell_text(v, max_width) for v in row] for row in rows]
    head = [_cell_text(h, max_width) for h in headers]
    widths = [len(h) for h in head]
    for row in cells:
        if len(row) != len(headers):
            raise ValueError(f"row has {len(row)} cells, expected {len(headers)}")
        for i, text in enumerate(row):
            widths[i] = max(widths[i], len(text))

    def line(texts, raw=None):
        parts = []
        for i, text in enumerate(texts):
            if raw is not None and _is_number(raw[i]):
                parts.append(text.rjust(widths[i]))
            else:
                parts.append(text.ljust(widths[i]))
        return " | ".join(parts).rstrip()

    out = [line(head), "-+-".join("-" * w for w in widths)]
    for raw, row in zip(rows, cells):
        out.append(line(row, raw))
    return out
