"""Rival streaks an ``if`` chain counts: one branch extends one streak and breaks the other
(``self._above += 1`` then ``self._below = 0``), the next extends the other and leaves the
first standing (``self._below += 1`` alone). A branch that extends a streak breaks its rival,
as its sibling branch does: ``self._above = 0`` after ``self._below += 1``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _parent, _sole_small
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import is_int

STREAK_PRIOR = 0.6


def broken_streak_edits(ctx: Ctx) -> Iterator[Edit]:
    extended = _extended(ctx, ctx.site.node)
    block = _parent(ctx, ctx.site.node)
    if extended is None or not isinstance(block, cst.IndentedBlock):
        return
    own = {_assigned(ctx, stmt) for stmt in block.body}
    for branch in _chain_branches(ctx, block):
        if branch is block:
            continue
        rivals = {_extended(ctx, stmt) for stmt in branch.body} - {None, extended}
        breaks = {_reset(ctx, stmt) for stmt in branch.body}
        if extended not in breaks:
            continue
        for rival in sorted(r for r in rivals if r is not None and r not in own):
            edit = _insert_after(
                ctx, f"{rival} = 0\n", "missing reset", STREAK_PRIOR, structural=True
            )
            if edit is not None:
                yield edit


def _chain_branches(ctx: Ctx, block: cst.IndentedBlock) -> list[cst.IndentedBlock]:
    """The bodies of every branch of the ``if``/``elif``/``else`` chain ``block`` belongs to."""
    node = _parent(ctx, block)
    if isinstance(node, cst.Else):
        node = _parent(ctx, node)
    while isinstance(node, cst.If) and isinstance(_parent(ctx, node), cst.If):
        node = _parent(ctx, node)
    bodies: list[cst.IndentedBlock] = []
    while isinstance(node, (cst.If, cst.Else)):
        if isinstance(node.body, cst.IndentedBlock):
            bodies.append(node.body)
        node = node.orelse if isinstance(node, cst.If) else None
    return bodies


def _extended(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    """``x`` of ``x += 1``."""
    small = _sole_small(stmt)
    if not isinstance(small, cst.AugAssign) or not isinstance(small.operator, cst.AddAssign):
        return None
    return ctx.index.code(small.target) if is_int(small.value, 1) else None


def _reset(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    """``x`` of ``x = 0``."""
    small = _sole_small(stmt)
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return None
    return ctx.index.code(small.targets[0].target) if is_int(small.value, 0) else None


def _assigned(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    small = _sole_small(stmt)
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        return ctx.index.code(small.targets[0].target)
    if isinstance(small, cst.AugAssign):
        return ctx.index.code(small.target)
    return None
