"""A field tested for ``None`` and then not the one read: ``key.retired_at is not None and now >=
key.created_at + grace`` makes sure the key was retired, then measures from its creation. The
clause beside the test reads the field the test made safe: ``key.retired_at + grace``. When the
function's other tests read the very field they test (``key.expires_at is not None and now >=
key.expires_at``), the slip is structural."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parent, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, descendants, source_of

TESTED_FIELD_PRIOR = 0.5


def tested_field_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            tested = _tested_field(node)
            if tested is None:
                continue
            base, field, clause = tested
            reads = _fields_read(ctx, clause, base)
            if field in reads:
                continue
            for other in reads:
                yield from _swaps(ctx, clause, base, other, field, function)


def _swaps(
    ctx: Ctx, clause: cst.BaseExpression, base: str, old: str, new: str, function: Function
) -> Iterator[Edit]:
    consistent = ctx.index.memo(
        ("tested fields read", id(function)), lambda: _reads_tested(ctx, function)
    )
    for node in all_nodes(clause):
        if not isinstance(node, cst.Attribute) or node.attr.value != old:
            continue
        if ctx.index.code(node.value) == base:
            replaced = node.with_changes(attr=cst.Name(new))
            edit = _replace(ctx, node, replaced, "wrong attribute", TESTED_FIELD_PRIOR)
            edit.structural = consistent
            yield edit


def _tested_field(node: cst.CSTNode) -> tuple[str, str, cst.BaseExpression] | None:
    """``(base, field, clause)`` for ``base.field is not None and clause``."""
    if not isinstance(node, cst.BooleanOperation) or not isinstance(node.operator, cst.And):
        return None
    test = node.left
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    target = test.comparisons[0]
    if not isinstance(target.operator, cst.IsNot) or not isinstance(target.comparator, cst.Name):
        return None
    if target.comparator.value != "None" or not isinstance(test.left, cst.Attribute):
        return None
    base = source_of(test.left.value)
    return base, test.left.attr.value, node.right


def _fields_read(ctx: Ctx, clause: cst.BaseExpression, base: str) -> list[str]:
    found: list[str] = []
    for node in all_nodes(clause):
        parent = _parent(ctx, node)
        if isinstance(parent, cst.Call) and parent.func is node:
            continue  # a method, not a field
        if not isinstance(node, cst.Attribute) or ctx.index.code(node.value) != base:
            continue
        if node.attr.value not in found:
            found.append(node.attr.value)
    return found


def _reads_tested(ctx: Ctx, function: Function) -> bool:
    """Whether some ``x.f is not None and ...`` of the function reads ``x.f`` in its clause."""
    for node in all_nodes(function.node.body):
        tested = _tested_field(node)
        if tested is not None and tested[1] in _fields_read(ctx, tested[2], tested[0]):
            return True
    return False
