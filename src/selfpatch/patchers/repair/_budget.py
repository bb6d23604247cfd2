"""A length budget spent on one part of a joined result: ``stem = stem[:max_length]`` and then
``return stem + ext`` gives ``len(ext)`` characters too many; so does ``text[:width] + "..."``.
The part cut first leaves room for what is joined after it: ``stem[:max_length - len(ext)]``,
``text[:width - 3]``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, descendants

SHARED_BUDGET_PRIOR = 0.5


def shared_budget_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    joined = ctx.index.memo(("joined after", id(function)), lambda: _joined_after(ctx, function))
    for root in ctx.site.roots:
        for node in descendants(root):
            cut = _cut(node)
            if cut is None or not isinstance(node, cst.Subscript):
                continue
            name, bound = cut
            for tail in joined.get(name, []):
                code = ctx.index.code(bound)
                if tail in code:
                    continue
                edit = structural_edit(
                    ctx, bound, f"{code} - {tail}", "missing term", SHARED_BUDGET_PRIOR
                )
                if edit is not None:
                    yield edit


def _cut(node: cst.CSTNode) -> tuple[str, cst.BaseExpression] | None:
    """(name, bound) of ``name[:bound]``."""
    if not isinstance(node, cst.Subscript) or not isinstance(node.value, cst.Name):
        return None
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Slice):
        return None
    piece = node.slice[0].slice
    if piece.lower is not None or piece.upper is None or piece.step is not None:
        return None
    return node.value.value, piece.upper


def _joined_after(ctx: Ctx, function: Function) -> dict[str, list[str]]:
    """``name -> [length of what follows]`` for each ``name + tail`` of the function (also
    ``(name or default) + tail``): ``len(tail)`` for a name, the length for a literal."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.Add):
            continue
        left = node.left.left if isinstance(node.left, cst.BooleanOperation) else node.left
        cut = _cut(left)
        head = left.value if isinstance(left, cst.Name) else cut[0] if cut else ""
        tail = node.right
        if not head:
            continue
        if isinstance(tail, cst.Name) and tail.value != head:
            length = f"len({tail.value})"
        elif isinstance(tail, cst.SimpleString) and isinstance(tail.evaluated_value, str):
            length = str(len(tail.evaluated_value)) if tail.evaluated_value else ""
        else:
            continue
        if length and length not in found.get(head, []):
            found.setdefault(head, []).append(length)
    return found
