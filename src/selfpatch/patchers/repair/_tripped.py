"""A counter that trips a threshold and keeps counting: ``state.errors += 1`` then ``if
state.errors >= MAX_ERRORS: block()`` blocks again on the very next error once it has tripped,
where a breaker, a batch or a retry window starts counting afresh. The branch that acts on the
threshold resets the counter at its end."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _parse_stmt, _show
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes

TRIPPED_PRIOR = 0.5
_REACHED = (cst.GreaterThanEqual, cst.GreaterThan, cst.Equal)


def tripped_counter_edits(ctx: Ctx) -> Iterator[Edit]:
    node = ctx.site.node
    block = ctx.site.block
    if not isinstance(node, cst.If) or block is None or ctx.site.index == 0:
        return
    if not isinstance(node.body, cst.IndentedBlock) or not node.body.body:
        return
    counter = _counted(ctx, block[ctx.site.index - 1])
    test = node.test
    if counter is None or not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return
    reached = isinstance(test.comparisons[0].operator, _REACHED)
    if ctx.index.code(test.left) != counter or not reached:
        return
    body = node.body.body
    if _assigns(ctx, body, counter):
        return
    reset = _parse_stmt(f"{counter} = 0\n")
    if reset is None:
        return
    last = body[-1]
    edit = _make(
        ctx,
        "missing statement",
        TRIPPED_PRIOR,
        [(last, cst.FlattenSentinel([last, reset]))],
        f"missing statement: insert `{counter} = 0` after `{_show(ctx.index.code(last))}`, "
        f"where `{_show(ctx.index.code(test))}` trips",
    )
    edit.structural = True
    yield edit


def _assigns(ctx: Ctx, body: Sequence[cst.BaseStatement], counter: str) -> bool:
    for node in (n for stmt in body for n in all_nodes(stmt)):
        targets: list[cst.BaseExpression] = []
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, cst.AugAssign | cst.AnnAssign):
            targets = [node.target]
        if any(ctx.index.code(t) == counter for t in targets):
            return True
    return False


def _counted(ctx: Ctx, stmt: cst.BaseStatement) -> str | None:
    """``x`` of a statement ``x += 1`` (a name or an attribute path)."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if not isinstance(small, cst.AugAssign) or not isinstance(small.operator, cst.AddAssign):
        return None
    if not isinstance(small.value, cst.Integer) or not isinstance(
        small.target, cst.Name | cst.Attribute
    ):
        return None
    return ctx.index.code(small.target)
