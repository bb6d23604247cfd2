"""A skipped cell keeps a stale value: in ``for col, cell in enumerate(row)`` over a rolling
table, ``if cell == BLOCKED: continue`` skips ``ways[col] += ways[col - 1]`` and leaves the
previous row's count in ``ways[col]``. The missing line resets the cell before skipping, to
the value the table was filled with (``ways = [0] * width``), else to zero."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_before
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    all_nodes,
    loop_index,
    repeated_fill,
    sole_assignment,
)
from selfpatch.patchers.repair._stale import _enclosing_loops

SKIPPED_RESET_PRIOR = 0.5


def skipped_reset_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or not isinstance(stmt.body[0], cst.Continue):
        return
    loops = _enclosing_loops(ctx, stmt)
    loop = loops[0] if loops and isinstance(loops[0], cst.For) else None
    index = loop_index(loop) if loop is not None else None
    if loop is None or index is None:
        return
    for table in _updated_tables(ctx, loop, index):
        code = f"{table}[{index}] = {_fill(ctx, table)}\n"
        edit = _insert_before(ctx, code, "missing statement", SKIPPED_RESET_PRIOR)
        if edit is not None:
            edit.structural = True
            yield edit


def _updated_tables(ctx: Ctx, loop: cst.For, index: str) -> list[str]:
    """Tables the loop body updates in place at the loop's index: ``ways[col] += ...``."""
    found: dict[str, None] = {}
    for node in all_nodes(loop.body):
        if not isinstance(node, cst.AugAssign) or not isinstance(node.target, cst.Subscript):
            continue
        subscript = node.target
        if len(subscript.slice) != 1 or not isinstance(subscript.slice[0].slice, cst.Index):
            continue
        if ctx.index.code(subscript.slice[0].slice.value) == index:
            found.setdefault(ctx.index.code(subscript.value))
    return list(found)


def _fill(ctx: Ctx, table: str) -> str:
    """The value ``table = [fill] * n`` fills the table with, else 0."""
    function = ctx.site.function
    for stmt in function.statements if function is not None else []:
        assignment = sole_assignment(stmt)
        if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
            continue
        if ctx.index.code(assignment.targets[0].target) == table:
            fill = repeated_fill(assignment.value)
            if fill is not None:
                return ctx.index.code(fill)
    return "0"
