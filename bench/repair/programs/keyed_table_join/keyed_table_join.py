"""Join two tables (lists of dict rows) on a shared key column."""


def index_by(rows, key):
    """Map each key value to the rows that carry it, in input order."""
    index = {}
    for row in rows:
        index.setdefault(row[key], []).append(row)
    return index


def _right_columns(rows, on):
    cols = []
    for row in rows:
        for col in row:
            if col != on and col not in cols:
                cols.append(col)
    return cols


def _out_name(col, left_row, prefix):
    """Right-hand column name in the output; prefixed if the left row has it too."""
    return prefix + col if col in left_row else col


def join(left, right, on, how="inner", right_prefix="right_"):
    """Join ``left`` with ``right`` where ``row[on]`` is equal.

    ``how`` is 'inner' (only matched left rows) or 'left' (every left row;
    right columns are None when nothing matched).  A left row matching
    several right rows appears once per match, in right-table order.
    """
    if how not in ("inner", "left"):
        raise ValueError(f"unsupported join: {how!r}")
    right_index = index_by(right, on)
    right_cols = _right_columns(right, on)
    out = []
    for lrow in left:
        matches = right_index.get(lrow[on], [])
        if not matches and how == "left":
            merged = dict(lrow)
            for col in right_cols:
                merged[_out_name(col, lrow, right_prefix)] = None
            out.append(merged)
        for rrow in matches:
            merged = dict(lrow)
            for col in right_cols:
                merged[_out_name(col, rrow, right_prefix)] = rrow.get(col)
            out.append(merged)
    return out
