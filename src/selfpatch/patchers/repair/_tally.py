"""A tally kept beside a container and not recomputed when the container is replaced. Code that
keeps ``self._size`` beside ``self._buffer`` grows both together (``self._buffer.append(delta)``
with ``self._size += len(delta)``); a statement that rebinds the container
(``self._buffer = [rest] if rest else []``) without touching the tally leaves it counting what
is gone. The repair recomputes the tally from the container, the way its growth defines it:
``sum(len(item) for item in ...)``, ``sum(...)`` or ``len(...)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, sole_assignment, written_state

TALLY_PRIOR = 0.6
_GROWERS = ("append", "appendleft", "add")


def tally_edits(ctx: Ctx) -> Iterator[Edit]:
    block, stmt = ctx.site.block, ctx.site.node
    assign = sole_assignment(stmt)
    if block is None or not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return
    container = ctx.index.code(assign.targets[0].target)
    if not isinstance(assign.targets[0].target, cst.Attribute):
        return
    written = set().union(*(written_state(s, ctx.index.code) for s in block))
    for tally, measure in _tallies(ctx, container).items():
        if tally in written:
            continue
        code = f"{tally} = {measure.format(container)}\n"
        edit = _insert_after(ctx, code, "missing statement", TALLY_PRIOR, structural=True)
        if edit is not None:
            yield edit


def _tallies(ctx: Ctx, container: str) -> dict[str, str]:
    """Tallies grown beside ``container`` anywhere in the file, with how each one measures it."""
    found: dict[str, str] = {}
    for node in all_nodes(ctx.index.module):
        if not isinstance(node, cst.IndentedBlock):
            continue
        grown = [_grown_item(ctx, s, container) for s in node.body]
        items = {code for code in grown if code is not None}
        for stmt in node.body:
            tally = _tally_step(ctx, stmt, items)
            if tally is not None:
                found.setdefault(*tally)
    return found


def _grown_item(ctx: Ctx, stmt: cst.BaseStatement, container: str) -> str | None:
    """``x`` for ``container.append(x)``."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    call = small.value if isinstance(small, cst.Expr) else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
        return None
    if call.func.attr.value not in _GROWERS or len(call.args) != 1:
        return None
    if ctx.index.code(call.func.value) != container:
        return None
    return ctx.index.code(call.args[0].value)


def _tally_step(ctx: Ctx, stmt: cst.BaseStatement, items: set[str]) -> tuple[str, str] | None:
    """(tally, measure) for ``tally += len(x)``, ``tally += x`` or ``tally += 1`` beside a
    growth by ``x``."""
    if not items or not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if not isinstance(small, cst.AugAssign) or not isinstance(small.operator, cst.AddAssign):
        return None
    if not isinstance(small.target, cst.Attribute):
        return None
    tally, value = ctx.index.code(small.target), small.value
    code = ctx.index.code(value)
    if code in items:
        return tally, "sum({})"
    if isinstance(value, cst.Integer) and value.value == "1":
        return tally, "len({})"
    if (
        isinstance(value, cst.Call)
        and ctx.index.code(value.func) == "len"
        and len(value.args) == 1
        and ctx.index.code(value.args[0].value) in items
    ):
        return tally, "sum(len(item) for item in {})"
    return None
