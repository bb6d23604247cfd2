"""An index rebased past fewer items than the chain skipped. ``if k < len(lows): ... elif k <
len(lows) + equal: ... else: k -= len(lows)``: the ``else`` is reached only once ``k`` is past
both parts the chain tested, so it rebases by the last bound, ``k -= len(lows) + equal``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parent, _sole_small, structural_edit
from selfpatch.patchers.repair._edits import Edit

REBASE_PRIOR = 0.55


def rebase_edits(ctx: Ctx) -> Iterator[Edit]:
    rebase = _sole_small(ctx.site.node)
    if not isinstance(rebase, cst.AugAssign) or not isinstance(rebase.operator, cst.SubtractAssign):
        return
    if not isinstance(rebase.target, cst.Name):
        return
    bound = _last_bound(ctx, rebase.target.value)
    if bound is None or not isinstance(bound, cst.BinaryOperation):
        return
    if not isinstance(bound.operator, cst.Add):
        return
    code = ctx.index.code
    if code(bound.left) != code(rebase.value):
        return
    edit = structural_edit(ctx, rebase.value, code(bound), "missing arithmetic expression",
                           REBASE_PRIOR)  # fmt: skip
    if edit is not None:
        yield edit


def _last_bound(ctx: Ctx, name: str) -> cst.BaseExpression | None:
    """``len(lows) + equal`` of the last ``elif name < ...`` before the site's ``else``."""
    block = _parent(ctx, ctx.site.node)
    branch = _parent(ctx, block) if block is not None else None
    chain = _parent(ctx, branch) if isinstance(branch, cst.Else) else None
    if not isinstance(chain, cst.If) or not isinstance(_parent(ctx, chain), cst.If):
        return None  # an ``else`` after one test is a plain split, not a chain of ranges
    test = chain.test
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    if not isinstance(test.left, cst.Name) or test.left.value != name:
        return None
    if not isinstance(test.comparisons[0].operator, (cst.LessThan, cst.LessThanEqual)):
        return None
    return test.comparisons[0].comparator
