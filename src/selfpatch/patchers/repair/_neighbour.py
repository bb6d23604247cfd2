"""A condition that reads an index's neighbour without the clause that keeps it in bounds:
``if value == ordered[index - 1]`` in ``for index in range(start, n)`` compares the first item
with one before the range (``ordered[-1]`` wraps around silently). The missing clause comes
first: ``index > start and ...``; for ``xs[i + 1]`` it is ``i + 1 < len(xs) and ...``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _paren, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, descendants, is_range_loop

RANGE_START_PRIOR = 0.55
ZERO_PRIOR = 0.45


def neighbour_guard_edits(ctx: Ctx) -> Iterator[Edit]:
    node = ctx.site.node
    if not isinstance(node, (cst.If, cst.While)):
        return
    test = node.test
    code = _paren(test, ctx.index.code(test), cst.And)
    seen: set[str] = set()
    for clause, prior in _clauses(ctx, test):
        if clause in seen or clause in code:
            continue
        seen.add(clause)
        edit = structural_edit(ctx, test, f"{clause} and {code}", "missing condition", prior)
        if edit is not None:
            yield edit


def _clauses(ctx: Ctx, test: cst.BaseExpression) -> Iterator[tuple[str, float]]:
    for sub in descendants(test):
        if not isinstance(sub, cst.Subscript) or len(sub.slice) != 1:
            continue
        element = sub.slice[0].slice
        offset = element.value if isinstance(element, cst.Index) else None
        if not (
            isinstance(offset, cst.BinaryOperation)
            and isinstance(offset.left, cst.Name)
            and isinstance(offset.right, cst.Integer)
        ):
            continue
        name, step = offset.left.value, offset.right.value
        if isinstance(offset.operator, cst.Subtract):
            start = _range_start(ctx, name)
            if start not in (None, "0"):
                yield f"{name} > {start}", RANGE_START_PRIOR
            yield (f"{name} > 0" if step == "1" else f"{name} >= {step}"), ZERO_PRIOR
        elif isinstance(offset.operator, cst.Add):
            yield f"{name} + {step} < len({ctx.index.code(sub.value)})", RANGE_START_PRIOR


def _range_start(ctx: Ctx, name: str) -> str | None:
    """``start`` for a name bound by ``for name in range(start, ...)`` in the function."""
    function = ctx.site.function
    if function is None:
        return None
    for loop in all_nodes(function.node.body):
        if is_range_loop(loop, ctx.index.code):
            assert isinstance(loop, cst.For) and isinstance(loop.target, cst.Name)
            assert isinstance(loop.iter, cst.Call)
            if loop.target.value == name:
                args = loop.iter.args
                return ctx.index.code(args[0].value) if len(args) >= 2 else "0"
    return None
