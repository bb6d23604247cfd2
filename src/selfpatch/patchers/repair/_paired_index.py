"""Both sides of a comparison reading the wrong field together. ``if a[i][0] < b[j][0]:`` in
a loop that takes ``hi = min(a[i][1], b[j][1])``: which interval to advance depends on which
ends first, so both sides read field 1. An edit of one constant alone compares a start with an
end; the field the function reads elsewhere replaces it on both sides at once."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _show
from selfpatch.patchers.repair._edits import Edit, Replacement
from selfpatch.patchers.repair._index import all_nodes, descendants

PAIRED_INDEX_PRIOR = 0.45


def paired_index_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
                continue
            sides = (node.left, node.comparisons[0].comparator)
            left, right = (_field(ctx, side) for side in sides)
            if left is None or right is None or left[1] != right[1]:
                continue
            for other in _fields_read(ctx, function.node, {left[0], right[0]}) - {left[1]}:
                yield _both(ctx, sides, other)


def _field(ctx: Ctx, node: cst.BaseExpression) -> tuple[str, int] | None:
    """``("a[i]", 0)`` of ``a[i][0]``."""
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1:
        return None
    index = node.slice[0].slice
    if not isinstance(index, cst.Index) or not isinstance(index.value, cst.Integer):
        return None
    return ctx.index.code(node.value), int(index.value.evaluated_value)


def _fields_read(ctx: Ctx, root: cst.CSTNode, bases: set[str]) -> set[int]:
    found = set()
    for node in all_nodes(root):
        field = _field(ctx, node) if isinstance(node, cst.Subscript) else None
        if field is not None and field[0] in bases:
            found.add(field[1])
    return found


def _both(ctx: Ctx, sides: tuple[cst.BaseExpression, ...], field: int) -> Edit:
    replacements: list[tuple[cst.CSTNode, Replacement]] = []
    for side in sides:
        assert isinstance(side, cst.Subscript)
        element = side.slice[0]
        new_index = cst.Index(cst.Integer(str(field)))
        replacements.append(
            (side, side.with_changes(slice=[element.with_changes(slice=new_index)]))
        )
    old = " and ".join(f"`{_show(ctx.index.code(s))}`" for s in sides)
    description = f"paired index: {old} read field {field}"
    return _make(ctx, "paired index", PAIRED_INDEX_PRIOR, replacements, description)
