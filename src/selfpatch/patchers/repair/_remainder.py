"""A part checked against its whole and then forgotten: the function refuses a part larger than
the whole (``if cached > prompt: raise ...``), so the part is a share of the whole, yet a later
bare copy of the whole (``fresh = prompt``) keeps the share in: ``fresh = prompt - cached``.
A name bound to a plain copy of another says little by itself; beside the check, the copy reads
as the remainder left unsubtracted."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes

REMAINDER_PRIOR = 0.5


def remainder_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    stmt = ctx.site.node
    if function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or not isinstance(small.value, cst.Name):
        return
    targets = [t.target for t in small.targets]
    if len(targets) != 1 or not isinstance(targets[0], cst.Name):
        return
    whole = small.value.value
    parts = ctx.index.memo(("checked parts", id(function)), lambda: _checked_parts(function))
    for part in parts.get(whole, []):
        if part != targets[0].value:
            new = cst.BinaryOperation(small.value, cst.Subtract(), cst.Name(part))
            edit = _replace(ctx, small.value, new, "missing arithmetic", REMAINDER_PRIOR)
            edit.structural = True
            yield edit


def _checked_parts(function: Function) -> dict[str, list[str]]:
    """``whole -> [part]`` for each ``if part > whole: raise ...`` (or ``whole < part``) of
    the function: a part the function refuses to let exceed the whole."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.If) or not _raises(node.body):
            continue
        test = node.test
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            continue
        target = test.comparisons[0]
        left, right = test.left, target.comparator
        if not isinstance(left, cst.Name) or not isinstance(right, cst.Name):
            continue
        if isinstance(target.operator, (cst.GreaterThan, cst.GreaterThanEqual)):
            part, whole = left.value, right.value
        elif isinstance(target.operator, (cst.LessThan, cst.LessThanEqual)):
            part, whole = right.value, left.value
        else:
            continue
        if part != whole and part not in found.get(whole, []):
            found.setdefault(whole, []).append(part)
    return found


def _raises(body: cst.BaseSuite) -> bool:
    statements = body.body if isinstance(body, cst.IndentedBlock) else [body]
    first = statements[0] if statements else None
    return isinstance(first, cst.SimpleStatementLine) and isinstance(first.body[0], cst.Raise)
