"""A conversion the wrong way round: ``hours = (now - then) * 3600`` turns seconds into
hours by multiplying by the seconds in an hour, where it divides. The name the value is bound
to says the unit; the literal says the scale. Only the operator changes (``/ 3600``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import descendants

UNIT_DIRECTION_PRIOR = 0.6
_PER_SECOND = {
    "minute": 60,
    "minutes": 60,
    "mins": 60,
    "hour": 3600,
    "hours": 3600,
    "hrs": 3600,
    "day": 86400,
    "days": 86400,
    "week": 604800,
    "weeks": 604800,
}
_PER_UNIT = {"ms": 1000, "millis": 1000, "milliseconds": 1000, "msec": 1000,
             "micros": 1_000_000, "microseconds": 1_000_000, "usec": 1_000_000}  # fmt: skip


def unit_direction_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return
    words = _target_words(small.targets[0].target)
    divided = {_PER_SECOND[w] for w in words if w in _PER_SECOND}
    multiplied = {_PER_UNIT[w] for w in words if w in _PER_UNIT}
    for node in descendants(small.value):
        if not isinstance(node, cst.BinaryOperation):
            continue
        scale = _literal(node.right)
        if scale in divided and isinstance(node.operator, cst.Multiply):
            new = node.with_changes(operator=cst.Divide())
        elif scale in multiplied and isinstance(node.operator, cst.Divide):
            new = node.with_changes(operator=cst.Multiply())
        else:
            continue
        edit = _replace(ctx, node, new, "arithmetic operator", UNIT_DIRECTION_PRIOR)
        edit.structural = True
        yield edit


def _target_words(target: cst.BaseExpression) -> set[str]:
    """Every word of the bound name, short ones too (``elapsed_ms``, ``waitHours``)."""
    if isinstance(target, cst.Attribute):
        target = target.attr
    if not isinstance(target, cst.Name):
        return set()
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", target.value)
    return {w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w}


def _literal(node: cst.BaseExpression) -> float | None:
    if isinstance(node, (cst.Integer, cst.Float)):
        return float(node.evaluated_value)
    return None
