"""A register that outgrows its width: checksum and hash code keeps its value in 16 or 32 bits
by masking each shifted update (``crc = ((crc << 1) ^ poly) & 0xFFFF``), yet one update shifts
without the mask (``crc = (crc << 8) ^ table[...]``), so the value grows past its width and
later steps read bits that should be gone. The file's own mask names the width; the unmasked
shift gets it: ``((crc << 8) & 0xFFFF)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parent, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, descendants, sole_assignment

REGISTER_MASK_PRIOR = 0.55
_NARROWEST = 0xFF


def register_mask_edits(ctx: Ctx) -> Iterator[Edit]:
    assignment = sole_assignment(ctx.site.node)
    if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return
    register = assignment.targets[0].target
    if not isinstance(register, cst.Name):
        return
    masks = ctx.index.memo(("register masks",), lambda: _shift_masks(ctx.index))
    for node in descendants(assignment.value):
        if not _shifts(node, register.value) or _masked(ctx, node):
            continue
        shifted = ctx.index.code(node.with_changes(lpar=[], rpar=[]))
        for mask in masks:
            edit = structural_edit(
                ctx, node, f"(({shifted}) & {mask})", "missing mask", REGISTER_MASK_PRIOR
            )
            if edit is not None:
                yield edit


def _shifts(node: cst.CSTNode, name: str) -> bool:
    """Whether the node is ``name << n``."""
    return (
        isinstance(node, cst.BinaryOperation)
        and isinstance(node.operator, cst.LeftShift)
        and isinstance(node.left, cst.Name)
        and node.left.value == name
    )


def _masked(ctx: Ctx, node: cst.CSTNode) -> bool:
    """Whether an ``... & mask`` around the node (within its statement) keeps it narrow."""
    parent = _parent(ctx, node)
    while isinstance(parent, cst.BaseExpression):
        if isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, cst.BitAnd):
            return True
        parent = _parent(ctx, parent)
    return False


def _shift_masks(index: FileIndex) -> list[str]:
    """The all-ones literals (``0xFFFF``) the file masks a left shift with, in order."""
    found: list[str] = []
    for node in all_nodes(index.module):
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.BitAnd):
            continue
        mask = node.right
        if not isinstance(mask, cst.Integer) or not _all_ones(mask.evaluated_value):
            continue
        shifted = any(
            isinstance(inner, cst.BinaryOperation) and isinstance(inner.operator, cst.LeftShift)
            for inner in descendants(node.left)
        )
        if shifted and mask.value not in found:
            found.append(mask.value)
    return found


def _all_ones(value: int) -> bool:
    return value >= _NARROWEST and value & (value + 1) == 0
