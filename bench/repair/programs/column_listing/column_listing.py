"""Lay out a list of names in columns, filled top to bottom then left to right, like `ls`."""


def _split_columns(names: list[str], rows: int) -> list[list[str]]:
    return [names[start:start + rows] for start in range(0, len(names), rows)]


def fit_columns(names: list[str], width: int, gap: int = 2) -> list[list[str]]:
    """Columns of names: tries as many columns as there are names, then one fewer, and
    so on, keeping the first layout whose total width fits in width.

    With c columns tried, names fill each column top to bottom in turn, in as few rows
    as c columns allow. Each column is as wide as its longest name and columns are separated
    by gap spaces. If no layout of two or more columns fits, there is one column.
    """
    if not names:
        return []
    for columns in range(len(names), 1, -1):
        rows = len(names) // columns
        layout = _split_columns(names, rows)
        total = sum(max(map(len, column)) for column in layout) + gap * (len(layout) - 1)
        if total < width:
            return layout
    return [list(names)]


def render(names: list[str], width: int = 80, gap: int = 2) -> str:
    """The layout as text, one line per row, without trailing spaces."""
    layout = fit_columns(names, width, gap)
    if not layout:
        return ""
    widths = [max(map(len, column)) for column in layout]
    lines = []
    for row in range(len(layout[0])):
        cells = [
            column[row].ljust(column_width)
            for column, column_width in zip(layout, widths)
            if row < len(column)
        ]
        lines.append((" " * gap).join(cells).rstrip())
    return "\n".join(lines) + "\n"
