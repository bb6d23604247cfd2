"""A pair moved by half: ``[(s - lo, e) for s, e in spans]`` rebases the start of each span
onto a slice that begins at ``lo`` and leaves its end where it was. Names unpacked together
from one item are the parts of one value (start and end, x and y, low and high); a tuple that
shifts one of them by an amount and passes another bare gives the bare one the same shift:
``(s - lo, e - lo)``.

And a fraction of a span measured from one end and divided by the other: ``(now - t0) / t1``
measures ``now`` from ``t0`` and divides by ``t1`` where the span is ``t1 - t0``, the
``(x - lo) / (hi - lo)`` of every interpolation. Ends are named as a pair: ``t0``/``t1``,
``lo``/``hi``, ``start``/``end``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import body_nodes, descendants

PARTNER_SHIFT_PRIOR = 0.6


def partner_shift_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            if isinstance(node, cst.Tuple):
                yield from _tuple_edits(ctx, node)
            elif isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Divide):
                yield from _span_edits(ctx, node)


SPAN_PRIOR = 0.6
_END_PAIRS = {("lo", "hi"), ("low", "high"), ("start", "end"), ("begin", "end"), ("min", "max")}


def _span_edits(ctx: Ctx, node: cst.BinaryOperation) -> Iterator[Edit]:
    divisor = node.right
    if not isinstance(divisor, cst.Name):
        return
    for part in descendants(node.left):
        if not isinstance(part, cst.BinaryOperation) or not isinstance(part.operator, cst.Subtract):
            continue
        start = part.right
        if isinstance(start, cst.Name) and _ends_of_one_span(start.value, divisor.value):
            code = f"({divisor.value} - {start.value})"
            edit = structural_edit(ctx, divisor, code, "missing arithmetic", SPAN_PRIOR)
            if edit is not None:
                yield edit
            return


def _ends_of_one_span(start: str, end: str) -> bool:
    """``t0`` and ``t1``, ``lo`` and ``hi``, ``start_ms`` and ``end_ms``."""
    if start[:-1] == end[:-1] and (start[-1:], end[-1:]) == ("0", "1"):
        return True
    for first, last in _END_PAIRS:
        if start.replace(first, last, 1) == end and first in start:
            return True
    return False


def _tuple_edits(ctx: Ctx, node: cst.Tuple) -> Iterator[Edit]:
    values = [element.value for element in node.elements]
    for shift in map(_shift, values):
        if shift is None:
            continue
        name, operator, amount = shift
        for other in values:
            if not isinstance(other, cst.Name) or not _unpacked_together(ctx, name, other.value):
                continue
            amount_code = ctx.index.code(amount)
            code = f"{other.value} {operator} {amount_code}"
            edit = structural_edit(ctx, other, code, "missing arithmetic", PARTNER_SHIFT_PRIOR)
            if edit is not None and other.value not in amount_code:
                yield edit


def _shift(value: cst.BaseExpression) -> tuple[str, str, cst.BaseExpression] | None:
    """``s - lo`` as (``s``, ``-``, ``lo``)."""
    if not isinstance(value, cst.BinaryOperation) or not isinstance(value.left, cst.Name):
        return None
    if isinstance(value.operator, cst.Subtract):
        return value.left.value, "-", value.right
    if isinstance(value.operator, cst.Add):
        return value.left.value, "+", value.right
    return None


def _unpacked_together(ctx: Ctx, first: str, second: str) -> bool:
    """Whether a ``for`` target of the site's function (a comprehension's too) unpacks both
    names from one item: ``for s, e in spans``."""
    function = ctx.site.function
    if first == second or function is None:
        return False
    targets = ctx.index.memo(("unpacked pairs", id(function)), lambda: _unpackings(function.node))
    return any({first, second} <= names for names in targets)


def _unpackings(function: cst.FunctionDef) -> list[set[str]]:
    found: list[set[str]] = []
    for node in body_nodes(function):
        target = node.target if isinstance(node, (cst.For, cst.CompFor)) else None
        if isinstance(target, (cst.Tuple, cst.List)):
            names = {e.value.value for e in target.elements if isinstance(e.value, cst.Name)}
            if len(names) > 1:
                found.append(names)
    return found
