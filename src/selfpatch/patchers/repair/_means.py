"""A mean divided by the size of something else: ``sum(c["mean"] for c in categories.values())
/ n_tasks`` sums one value per category and divides by the number of tasks. A mean of what a
sum walks divides by how many it walked: ``/ len(categories)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _last_assignment,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import callee_name, descendants, sole_assignment

WALKED_SIZE_PRIOR = 0.55
_VIEWS = {"values", "keys", "items"}


def walked_size_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.BinaryOperation) or not isinstance(
                node.operator, cst.Divide
            ):
                continue
            walked = _walked(ctx, node.left)
            if walked is None or walked in _divisor_code(ctx, node.right):
                continue
            edit = structural_edit(
                ctx, node.right, f"len({walked})", "wrong variable", WALKED_SIZE_PRIOR
            )
            if edit is not None:
                yield edit


def _divisor_code(ctx: Ctx, divisor: cst.BaseExpression) -> str:
    """The divisor's code, or the value it was bound to: ``len(scores)`` for ``n``."""
    if isinstance(divisor, cst.Name):
        bound = sole_assignment(_last_assignment(ctx, divisor.value) or cst.Pass())
        if isinstance(bound, cst.Assign):
            return ctx.index.code(bound.value)
    return ctx.index.code(divisor)


def _walked(ctx: Ctx, total: cst.BaseExpression) -> str | None:
    """``categories`` for ``sum(f(c) for c in categories.values())`` or ``sum(categories)``."""
    if not isinstance(total, cst.Call) or callee_name(total) != "sum" or len(total.args) != 1:
        return None
    walked = total.args[0].value
    if isinstance(walked, (cst.GeneratorExp, cst.ListComp)):
        if walked.for_in.inner_for_in is not None:
            return None
        walked = walked.for_in.iter
    view = walked.func if isinstance(walked, cst.Call) and not walked.args else None
    if isinstance(view, cst.Attribute) and view.attr.value in _VIEWS:
        walked = view.value
    if isinstance(walked, (cst.Name, cst.Attribute)):
        return ctx.index.code(walked)
    return None
