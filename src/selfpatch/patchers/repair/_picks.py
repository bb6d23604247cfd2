"""A running pick judged against where it started: ``smallest = i`` before a loop whose
``if heap[child] < heap[i]: smallest = child`` keeps comparing each item with the start, so the
last item smaller than the start wins, not the smallest. The test should read the running pick:
``heap[child] < heap[smallest]``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parent, _replace, renamed
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, sole_assignment, value_names

RUNNING_PICK_PRIOR = 0.6


def running_pick_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt = ctx.site.node
    block = _parent(ctx, stmt)
    loop = _parent(ctx, block) if isinstance(block, cst.IndentedBlock) else None
    if not isinstance(stmt, cst.If) or not isinstance(loop, cst.For):
        return
    read = {n.value for n in value_names(stmt.test)}
    for pick in _picked_names(stmt.body):
        start = _start_of(ctx, loop, pick)
        if start is None or start not in read or pick in read or _rebinds(loop.body, start):
            continue
        new = renamed(stmt.test, start, pick)
        edit = _replace(ctx, stmt.test, new, "wrong variable", RUNNING_PICK_PRIOR)
        edit.structural = True
        yield edit


def _picked_names(body: cst.BaseSuite) -> list[str]:
    """The names the ``if`` body rebinds by plain assignment (``smallest = child``)."""
    found: list[str] = []
    for stmt in body.body if isinstance(body, cst.IndentedBlock) else []:
        small = sole_assignment(stmt)
        if isinstance(small, cst.Assign) and len(small.targets) == 1:
            target = small.targets[0].target
            if isinstance(target, cst.Name):
                found.append(target.value)
    return found


def _start_of(ctx: Ctx, loop: cst.For, pick: str) -> str | None:
    """``i`` when the statements before the loop, in its block, end by binding ``pick = i``."""
    block = _parent(ctx, loop)
    if not isinstance(block, cst.IndentedBlock):
        return None
    start: str | None = None
    for stmt in block.body:
        if stmt is loop:
            return start
        small = sole_assignment(stmt)
        if isinstance(small, cst.Assign) and len(small.targets) == 1:
            target = small.targets[0].target
            if isinstance(target, cst.Name) and target.value == pick:
                start = small.value.value if isinstance(small.value, cst.Name) else None
    return None


def _rebinds(body: cst.BaseSuite, name: str) -> bool:
    for node in all_nodes(body):
        if isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign)):
            targets = node.targets if isinstance(node, cst.Assign) else [node]
            for target in targets:
                if isinstance(target.target, cst.Name) and target.target.value == name:
                    return True
    return False
