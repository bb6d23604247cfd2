"""A loop counted by the wrong bound: ``for step in range(count)`` whose body walks
``points[(start + step) % len(points)]`` stops after ``count`` steps where it meant to go round
the whole sequence until it has found ``count`` items. The bound the body measures,
``len(points)``, replaces the loop's own."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, callee_name

MEASURED_BOUND_PRIOR = 0.45


def measured_bound_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, cst.Call):
        return
    if callee_name(loop.iter) != "range" or not loop.iter.args:
        return
    stop = loop.iter.args[-1 if len(loop.iter.args) < 3 else 1].value
    if not isinstance(stop, (cst.Name, cst.Attribute)):
        return
    for measured in _measured(ctx, loop):
        if ctx.index.code(measured) != ctx.index.code(stop):
            yield _replace(ctx, stop, measured.deep_clone(), "loop bound", MEASURED_BOUND_PRIOR)


def _measured(ctx: Ctx, loop: cst.For) -> list[cst.Call]:
    """The distinct ``len(...)`` calls of the loop body."""
    found: dict[str, cst.Call] = {}
    for node in all_nodes(loop.body):
        if isinstance(node, cst.Call) and callee_name(node) == "len" and len(node.args) == 1:
            found.setdefault(ctx.index.code(node), node)
    return list(found.values())
