"""A container changed while a loop walks it: ``for key in self._entries: ... del
self._entries[key]`` raises "dictionary changed size during iteration" (a list silently skips
items instead). The loop walks a snapshot, ``list(self._entries)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes

SNAPSHOT_PRIOR = 0.6
_REMOVALS = frozenset({"pop", "remove", "discard", "popitem", "clear", "append", "add", "insert"})


def mutated_iteration_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, cst.Name | cst.Attribute):
        return
    walked = ctx.index.code(loop.iter)
    if not _changes(ctx, loop.body, walked):
        return
    new = _parse_expr(f"list({walked})")
    if new is not None:
        edit = _replace(ctx, loop.iter, new, "missing function call", SNAPSHOT_PRIOR)
        edit.structural = True
        yield edit


def _changes(ctx: Ctx, body: cst.BaseSuite, walked: str) -> bool:
    """Whether the body deletes from, adds to or pops the walked container."""
    for node in all_nodes(body):
        targets: list[cst.BaseExpression]
        if isinstance(node, cst.Del):
            targets = [node.target]
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            if node.func.attr.value not in _REMOVALS:
                continue
            targets = [node.func.value]
        else:
            continue
        for target in targets:
            while isinstance(target, cst.Subscript):
                target = target.value
            if ctx.index.code(target) == walked:
                return True
    return False
