"""Render rows returned by a tool as a compact text table for the model's context.

Long cells are clipped with an ellipsis so one wide value cannot blow up the
context, numbers are right-aligned, and rows past ``max_rows`` are summarised
in a footer line.
"""

ELLIPSIS = "…"


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value).replace("\n", " ")


def _clip(text, width):
    if len(text) < width:
        return text
    return text[:width - 1] + ELLIPSIS


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def render_table(rows, columns=None, max_rows=20, max_width=24):
    if not rows:
        return "(no rows)"
    columns = list(columns or rows[0])
    shown = rows[:max_rows]
    header = [_clip(str(col), max_width) for col in columns]
    body = [[_clip(_text(row.get(col)), max_width) for col in columns] for row in shown]
    widths = [max(len(header[i]), *(len(line[i]) for line in body))
              for i in range(len(columns))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    for row, cells in zip(shown, body):
        parts = []
        for col, cell, w in zip(columns, cells, widths):
            parts.append(cell.rjust(w) if _is_number(row.get(col)) else cell.ljust(w))
        lines.append(" | ".join(parts).rstrip())
    hidden = len(rows) - len(shown)
    if hidden:
        lines.append(f"... {hidden} more row{'s' if hidden > 1 else ''}")
    return "\n".join(lines)
