"""A recurrence that reads one cell twice: ``current[j] = min(previous[j] + 1, previous[j - 1]
+ 1, previous[j - 1] + cost)`` takes the best of three neighbours, yet two of its choices read
the same cell, so one neighbour is never looked at (the edit distance never inserts). The
repeated cell read from the other table the statement names is the missing neighbour:
``current[j - 1] + 1``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, callee_name, descendants

REPEATED_CELL_PRIOR = 0.6
MIN_CHOICES = 3


def repeated_cell_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            if isinstance(node, cst.Call) and callee_name(node) in {"min", "max"}:
                yield from _choice_edits(ctx, node)


def _choice_edits(ctx: Ctx, call: cst.Call) -> Iterator[Edit]:
    if len(call.args) < MIN_CHOICES:
        return
    cells = [_cell(arg.value) for arg in call.args]
    read = Counter(ctx.index.code(c) for c in cells if c is not None)
    tables = _tables(ctx.site.node)
    for cell in cells:
        if cell is None or read[ctx.index.code(cell)] < 2:
            continue
        assert isinstance(cell.value, cst.Name)
        for table in sorted(tables - {cell.value.value}):
            edit = structural_edit(ctx, cell.value, table, "wrong variable", REPEATED_CELL_PRIOR)
            if edit is not None:
                yield edit


def _cell(choice: cst.BaseExpression) -> cst.Subscript | None:
    """The table cell a choice reads: ``previous[j - 1]`` in ``previous[j - 1] + cost``."""
    if isinstance(choice, cst.BinaryOperation):
        choice = choice.left
    if isinstance(choice, cst.Subscript) and isinstance(choice.value, cst.Name):
        return choice
    return None


def _tables(statement: cst.CSTNode) -> set[str]:
    """The names the statement subscripts, its target included."""
    return {
        node.value.value
        for node in all_nodes(statement)
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name)
    }
