"""One value bound to two names: ``total_days = (period_end - change_day).days`` right above
``remaining = (period_end - change_day).days``. Nobody names the same computation twice on
purpose, so one of the two was meant to measure something else, most often from another of the
function's parameters: ``total_days = (period_end - period_start).days``. Each name the value
reads is offered each parameter the value does not read, likest names first."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _ranked, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import sole_assignment, value_names

TWICE_NAMED_PRIOR = 0.6
MAX_SUBSTITUTES = 3


def twice_named_edits(ctx: Ctx) -> Iterator[Edit]:
    function, block = ctx.site.function, ctx.site.block
    value = _bound_value(ctx.site.node)
    if function is None or block is None or value is None:
        return
    code = ctx.index.code(value)
    if not any(_binds_same(ctx, other, ctx.site.node, code) for other in block):
        return
    reads = [n for n in value_names(value) if n.value in function.params]
    spare = [p for p in function.params if p not in {n.value for n in reads} and p != "self"]
    for name in reads:
        for other in _ranked(name.value, spare, MAX_SUBSTITUTES):
            edit = structural_edit(ctx, name, other, "wrong variable", TWICE_NAMED_PRIOR)
            if edit is not None:
                yield edit


def _bound_value(stmt: cst.CSTNode) -> cst.BaseExpression | None:
    """The value of ``name = value`` when it computes something (not a bare name or literal)."""
    assignment = sole_assignment(stmt)
    if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return None
    if not isinstance(assignment.targets[0].target, cst.Name):
        return None
    value = assignment.value
    return value if isinstance(value, (cst.BinaryOperation, cst.Attribute, cst.Call)) else None


def _binds_same(ctx: Ctx, other: cst.CSTNode, stmt: cst.CSTNode, code: str) -> bool:
    value = _bound_value(other) if other is not stmt else None
    return value is not None and ctx.index.code(value) == code
