"""A part checked against its whole and then forgotten: the function refuses a part larger than
the whole (``if cached > prompt: raise ...``), so the part is a share of the whole, yet a later
bare copy of the whole (``fresh = prompt``) keeps the share in: ``fresh = prompt - cached``.
A name bound to a plain copy of another says little by itself; beside the check, the copy reads
as the remainder left unsubtracted.

And a bound that ignores what was taken: ``prefix = common_prefix_length(old, new)`` then
``limit = min(len(old), len(new))`` bounds a second scan, where the function's own
``len(old) - prefix - suffix`` says only ``len(old) - prefix`` is left: ``min(len(old),
len(new)) - prefix``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, callee_name

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


TAKEN_PRIOR = 0.45


def taken_length_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return
    measured = _measured(ctx, small.value)
    if not measured:
        return
    line = min(ctx.site.lines)
    taken = ctx.index.memo(("taken lengths", id(function)), lambda: _taken(ctx, function))
    for sequence, part, bound_at in taken:
        if sequence in measured and bound_at < line and part not in ctx.index.code(small.value):
            new = cst.BinaryOperation(small.value, cst.Subtract(), cst.Name(part))
            edit = _replace(ctx, small.value, new, "missing arithmetic", TAKEN_PRIOR)
            edit.structural = True
            yield edit


def _measured(ctx: Ctx, value: cst.BaseExpression) -> set[str]:
    """What ``len(a)`` or ``min(len(a), len(b))`` measures: {"a", "b"}."""
    clamped = isinstance(value, cst.Call) and callee_name(value) in {"min", "max"}
    lengths = [a.value for a in value.args] if isinstance(value, cst.Call) and clamped else [value]
    found = {_length_of(ctx, n) for n in lengths}
    return found - {""} if "" not in found else set()


def _length_of(ctx: Ctx, node: cst.BaseExpression) -> str:
    """``a`` of ``len(a)``, else ``""``."""
    if isinstance(node, cst.Call) and callee_name(node) == "len" and len(node.args) == 1:
        return ctx.index.code(node.args[0].value)
    return ""


def _taken(ctx: Ctx, function: Function) -> list[tuple[str, str, int]]:
    """(sequence, part, line the part is bound on) for each ``len(sequence) - part`` of the
    function whose part is a local bound once."""
    bound: dict[str, list[int]] = {}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            target = node.targets[0].target
            if isinstance(target, cst.Name):
                bound.setdefault(target.value, []).append(ctx.index.span(node)[0])
    found: list[tuple[str, str, int]] = []
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.Subtract):
            continue
        sequence = _length_of(ctx, node.left)
        if sequence and isinstance(node.right, cst.Name):
            lines = bound.get(node.right.value, [])
            if len(lines) == 1:
                found.append((sequence, node.right.value, lines[0]))
    return found
