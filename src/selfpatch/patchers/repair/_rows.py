"""A table row read where the row before it was meant: a loop fills ``row[w] = prev[w]`` from
the previous row, then reads ``row[w - weight]``, a cell this same pass may already have
changed, so an item counts twice. In a table filled row from row, the cells read at another
index come from the previous row: ``prev[w - weight]``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _is_store, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, descendants, sole_index

ROW_FROM_ROW_PRIOR = 0.6


def previous_row_edits(ctx: Ctx) -> Iterator[Edit]:
    rows = ctx.index.memo(("rows from rows",), lambda: _rows_from_rows(ctx))
    if not rows:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Subscript) or not isinstance(node.value, cst.Name):
                continue
            index = sole_index(node)
            filled = rows.get(node.value.value)
            if index is None or filled is None or _is_store(ctx, node):
                continue
            previous, position = filled
            if ctx.index.code(index) != position:
                new = node.with_changes(value=cst.Name(previous))
                edit = _replace(ctx, node, new, "wrong variable", ROW_FROM_ROW_PRIOR)
                edit.structural = True
                yield edit


def _rows_from_rows(ctx: Ctx) -> dict[str, tuple[str, str]]:
    """``row -> (prev, w)`` for each ``row[w] = prev[w]`` of the file."""
    found: dict[str, tuple[str, str]] = {}
    for node in all_nodes(ctx.index.module):
        if not isinstance(node, cst.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0].target, node.value
        if not isinstance(target, cst.Subscript) or not isinstance(value, cst.Subscript):
            continue
        if not isinstance(target.value, cst.Name) or not isinstance(value.value, cst.Name):
            continue
        into, source = sole_index(target), sole_index(value)
        if into is None or source is None or target.value.value == value.value.value:
            continue
        if ctx.index.code(into) == ctx.index.code(source):
            found[target.value.value] = (value.value.value, ctx.index.code(into))
    return found
