"""A circular index that forgets where the circle starts: a ring buffer reads its slots as
``(self._start + i) % self._cap`` everywhere, yet one place writes ``self._count % self._cap``,
as if the oldest item sat at slot 0. The file's own wrapped sums name the offset; the bare
operand gets it: ``(self._start + self._count) % self._cap``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, descendants

WRAPPED_OFFSET_PRIOR = 0.55


def wrapped_offset_edits(ctx: Ctx) -> Iterator[Edit]:
    offsets = ctx.index.memo(("wrapped offsets",), lambda: _wrapped_offsets(ctx.index))
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.BinaryOperation) or not isinstance(
                node.operator, cst.Modulo
            ):
                continue
            operand, modulus = ctx.index.code(node.left), ctx.index.code(node.right)
            for offset in offsets.get(modulus, []):
                if offset in operand or isinstance(node.left, (cst.Integer, cst.BinaryOperation)):
                    continue
                edit = structural_edit(
                    ctx,
                    node,
                    f"({offset} + {operand}) % {modulus}",
                    "missing term",
                    WRAPPED_OFFSET_PRIOR,
                )
                if edit is not None:
                    yield edit


def _wrapped_offsets(index: FileIndex) -> dict[str, list[str]]:
    """``modulus -> [offset]`` for each ``(offset + x) % modulus`` of the file whose offset is
    an attribute (``self._start``)."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.Modulo):
            continue
        total = node.left
        if not isinstance(total, cst.BinaryOperation) or not isinstance(total.operator, cst.Add):
            continue
        if isinstance(total.left, cst.Attribute):
            offset, modulus = index.code(total.left), index.code(node.right)
            if offset not in found.get(modulus, []):
                found.setdefault(modulus, []).append(offset)
    return found
