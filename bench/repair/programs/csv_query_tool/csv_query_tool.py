"""The ``query_csv`` tool an agent calls to read rows from an attached CSV file.

A tool call looks like ``{"name": "query_csv", "arguments": {...}}`` where the
arguments may arrive as a dict or as a JSON string.  Arguments: ``table``
(required), ``columns`` (list, default all), ``where`` (dict of column ->
exact text), ``limit`` (default 20).  The tool never raises: a bad call gets
``{"ok": False, "error": ...}`` back so the model can correct itself.
"""

import csv
import io
import json

DEFAULT_LIMIT = 20


def _select(rows, columns, where, limit):
    out = []
    for row in rows:
        if all(row[col] == str(want) for col, want in where.items()):
            out.append({col: row[col] for col in columns})
            if len(out) == limit:
                break
    return out


def run_query(call, tables):
    """Execute one tool call against ``tables`` (name -> CSV text)."""
    try:
        args = call.get("arguments") or {}
        if isinstance(args, str):
            args = json.loads(args)
        text = tables[args["table"]]
        reader = csv.DictReader(io.StringIO(text))
        rows = list(reader)
        header = reader.fieldnames or []
        columns = args.get("columns") or header
        where = args.get("where") or {}
        limit = int(args.get("limit", DEFAULT_LIMIT))
        if limit < 1:
            raise ValueError(f"limit must be positive, got {limit}")
        for col in [*columns, *where]:
            if col not in header:
                raise KeyError(col)
        selected = _select(rows, columns, where, limit)
    except KeyError as exc:
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    return {"ok": True, "rows": selected, "matched": len(selected)}
