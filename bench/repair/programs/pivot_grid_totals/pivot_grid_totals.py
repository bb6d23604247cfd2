"""Pivot a list of records into a grid of sums with row and column totals."""

from collections import defaultdict


def pivot(records, row_key, col_key, value_key, sort_keys=False):
    """Sum ``value_key`` for every (row, column) pair of the records.

    Row and column labels keep their first-seen order unless ``sort_keys``.
    Records whose value is missing or None count as 0.  Returns a dict with
    ``rows``, ``cols``, ``grid`` (one list per row), ``row_totals``,
    ``col_totals`` and ``total``.
    """
    cells = defaultdict(float)
    row_totals = defaultdict(float)
    col_totals = defaultdict(float)
    rows, cols = [], []
    for rec in records:
        r, c = rec[col_key], rec[row_key]
        value = rec.get(value_key) or 0
        if r not in row_totals:
            rows.append(r)
        if c not in col_totals:
            cols.append(c)
        cells[(r, c)] += value
        row_totals[r] += value
        col_totals[c] += value
    if sort_keys:
        rows.sort()
        cols.sort()
    return {
        "rows": rows,
        "cols": cols,
        "grid": [[cells.get((r, c), 0) for c in cols] for r in rows],
        "row_totals": [row_totals[r] for r in rows],
        "col_totals": [col_totals[c] for c in cols],
        "total": sum(row_totals.values()),
    }


def format_pivot(result, corner=""):
    """Render a pivot result as tab-separated lines with a totals row and column."""
    lines = ["\t".join([corner, *map(str, result["cols"]), "total"])]
    for r, cells, total in zip(result["rows"], result["grid"], result["row_totals"]):
        lines.append("\t".join([str(r), *(f"{v:g}" for v in cells), f"{total:g}"]))
    lines.append("\t".join(["total", *(f"{v:g}" for v in result["col_totals"]),
                            f"{result['total']:g}"]))
    return "\n".join(lines)
