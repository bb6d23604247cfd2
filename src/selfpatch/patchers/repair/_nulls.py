"""A set that keeps the None a helper gives for "no value": ``kinds = {infer_value(v) for v in
values}`` where ``infer_value`` returns None for a null cell, and nothing after it sets the
None apart, so a column with a null counts one kind too many. The missing line drops it:
``kinds.discard(None)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, callee_name, sole_assignment

DROPPED_NONE_PRIOR = 0.5


def dropped_none_edits(ctx: Ctx) -> Iterator[Edit]:
    function, assignment = ctx.site.function, sole_assignment(ctx.site.node)
    if function is None or not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return
    target, value = assignment.targets[0].target, assignment.value
    if not isinstance(target, cst.Name) or not isinstance(value, cst.SetComp):
        return
    if not isinstance(value.elt, cst.Call) or not _gives_none(ctx, callee_name(value.elt)):
        return
    if _sets_none_apart(function.node, target.value):
        return
    edit = _insert_after(
        ctx,
        f"{target.value}.discard(None)\n",
        "missing statement",
        DROPPED_NONE_PRIOR,
        structural=True,
    )
    if edit is not None:
        yield edit


def _gives_none(ctx: Ctx, name: str) -> bool:
    """Whether a function of the file by that name has a ``return None`` (or a bare return)."""
    return any(
        r.value is None or (isinstance(r.value, cst.Name) and r.value.value == "None")
        for function in ctx.index.function_named(name)
        for r in function.returns
    )


def _sets_none_apart(function: cst.FunctionDef, name: str) -> bool:
    """Whether the function mentions None beside the set anywhere (``None in kinds``,
    ``kinds - {None}``, ``if k is not None``)."""
    for node in all_nodes(function.body):
        if isinstance(node, (cst.Comparison, cst.Call, cst.BinaryOperation, cst.CompIf)):
            names = {n.value for n in all_nodes(node) if isinstance(n, cst.Name)}
            if "None" in names and (name in names or isinstance(node, cst.CompIf)):
                return True
    return False
