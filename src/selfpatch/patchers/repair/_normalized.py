"""A parameter settled and then passed over: ``ttl = self.ttl if ttl is None else ttl`` picks
the caller's value or the default, and the next line reads ``self.ttl`` again, so the caller's
value never counts. Reads of the default after the settling line read the parameter."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, Function, all_nodes, descendants

SETTLED_PRIOR = 0.6


def settled_parameter_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None or not isinstance(ctx.site.node, cst.SimpleStatementLine):
        return
    settled = ctx.index.memo(("settled", id(function)), lambda: _settled(ctx.index, function))
    line = min(ctx.site.lines)
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Attribute):
                continue
            found = settled.get(ctx.index.code(node))
            if found is not None and found[1] < line:
                edit = _replace(ctx, node, cst.Name(found[0]), "wrong variable", SETTLED_PRIOR)
                edit.structural = True
                yield edit


def _settled(index: FileIndex, function: Function) -> dict[str, tuple[str, int]]:
    """For each default (``self.ttl``): the parameter settled from it (``ttl``) and the line."""
    params = set(function.params) - {"self", "cls"}
    found: dict[str, tuple[str, int]] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0].target
        if not isinstance(target, cst.Name) or target.value not in params:
            continue
        for read in descendants(node.value):
            if isinstance(read, cst.Attribute) and read.attr.value == target.value:
                found.setdefault(index.code(read), (target.value, index.line(node)))
    return found
