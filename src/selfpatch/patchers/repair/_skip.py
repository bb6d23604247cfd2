"""A skipped cell keeps a stale value: in ``for col, cell in enumerate(row)`` over a rolling
table, ``if cell == BLOCKED: continue`` skips ``ways[col] += ways[col - 1]`` and leaves the
previous row's count in ``ways[col]``. The missing line resets the cell before skipping, to
the value the table was filled with (``ways = [0] * width``), else to zero. So does a key the
loop takes off a rotation and skips when it has nothing left: ``tenant =
self.active.popleft()`` earns ``self.deficit[tenant] += quantum``, and ``if not queue:
continue`` drops it from the rotation with its credit kept: ``self.deficit[tenant] = 0``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_before
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    all_nodes,
    callee_name,
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
    if loop is None:
        return
    index = loop_index(loop)
    keys = _taken_keys(loop) | ({index} if index is not None else set())
    for table, key in _updated_tables(ctx, loop, keys):
        code = f"{table}[{key}] = {_fill(ctx, table)}\n"
        edit = _insert_before(ctx, code, "missing statement", SKIPPED_RESET_PRIOR, structural=True)
        if edit is not None:
            yield edit


def _updated_tables(ctx: Ctx, loop: cst.For, keys: set[str]) -> list[tuple[str, str]]:
    """(table, key) of each table the loop body updates in place at one of the keys:
    ``ways[col] += ...``."""
    found: dict[tuple[str, str], None] = {}
    for node in all_nodes(loop.body):
        if not isinstance(node, cst.AugAssign) or not isinstance(node.target, cst.Subscript):
            continue
        subscript = node.target
        if len(subscript.slice) != 1 or not isinstance(subscript.slice[0].slice, cst.Index):
            continue
        key = ctx.index.code(subscript.slice[0].slice.value)
        if key in keys:
            found.setdefault((ctx.index.code(subscript.value), key))
    return list(found)


def _taken_keys(loop: cst.For) -> set[str]:
    """Names the loop's body binds at its top level to an item taken off a container
    (``tenant = self.active.popleft()``)."""
    body = loop.body.body if isinstance(loop.body, cst.IndentedBlock) else []
    found: set[str] = set()
    for stmt in body:
        assignment = sole_assignment(stmt)
        if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
            continue
        target, value = assignment.targets[0].target, assignment.value
        if (
            isinstance(target, cst.Name)
            and isinstance(value, cst.Call)
            and callee_name(value) in _TAKES
        ):
            found.add(target.value)
    return found


_TAKES = frozenset({"pop", "popleft", "get_nowait"})


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
