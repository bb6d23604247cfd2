"""A container changed while a loop walks it: ``for key in self._entries: ... del
self._entries[key]`` raises "dictionary changed size during iteration" (a list silently skips
items instead). The loop walks a snapshot, ``list(self._entries)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, changed_container, is_mutator_call

SNAPSHOT_PRIOR = 0.6
_RESIZERS = frozenset({"pop", "remove", "discard", "popitem", "clear", "append", "add", "insert"})


def mutated_iteration_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, cst.Name | cst.Attribute):
        return
    walked = ctx.index.code(loop.iter)
    if not _changes(ctx, loop.body, walked):
        return
    edit = structural_edit(
        ctx, loop.iter, f"list({walked})", "missing function call", SNAPSHOT_PRIOR
    )
    if edit is not None:
        yield edit


def _changes(ctx: Ctx, body: cst.BaseSuite, walked: str) -> bool:
    """Whether the body deletes from, adds to or pops the walked container (an item assigned
    in place leaves its size as it was)."""
    for node in all_nodes(body):
        resized = isinstance(node, cst.Del) or (
            is_mutator_call(node)
            and isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value in _RESIZERS
        )
        container = changed_container(node) if resized else None
        if container is not None and ctx.index.code(container) == walked:
            return True
    return False
