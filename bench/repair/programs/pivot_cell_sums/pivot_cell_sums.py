"""Pivot flat records into a row-by-column table of sums.

    pivot(sales, rows="region", cols="quarter", value="amount")

returns ``(row_keys, col_keys, grid)`` where ``grid[i][j]`` is the total of
``value`` over records with ``row_keys[i]`` and ``col_keys[j]``.  Cells with no
records hold ``fill``.  Keys are sorted; records missing the value are skipped.
"""


def pivot(records, rows, cols, value, fill=0):
    sums = {}
    row_keys = set()
    col_keys = set()
    for record in records:
        amount = record.get(value)
        if amount is None:
            continue
        r, c = record[rows], record[cols]
        row_keys.add(r)
        col_keys.add(c)
        sums[(r, c)] = sums.get((r, c), 0) + amount
    row_keys = sorted(row_keys)
    col_keys = sorted(col_keys)
    grid = [[sums.get((c, r), fill) for c in col_keys] for r in row_keys]
    return row_keys, col_keys, grid


def with_totals(row_keys, col_keys, grid):
    """Append a ``Total`` column to every row and a ``Total`` row at the bottom."""
    out_rows = list(row_keys) + ["Total"]
    out_cols = list(col_keys) + ["Total"]
    out = [list(line) + [sum(line)] for line in grid]
    column_totals = [sum(line[j] for line in grid) for j in range(len(col_keys))]
    out.append(column_totals + [sum(column_totals)])
    return out_rows, out_cols, out


def as_dicts(row_keys, col_keys, grid, row_label="row"):
    """One dict per row, e.g. ``{"row": "north", "Q1": 10, "Q2": 0}``."""
    result = []
    for r, line in zip(row_keys, grid):
        entry = {row_label: r}
        entry.update(zip(col_keys, line))
        result.append(entry)
    return result
