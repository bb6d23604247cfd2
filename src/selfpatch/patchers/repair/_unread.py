"""A field the failing inputs carry and the code never reads: steps come with ``"approved":
True`` and ``if rules.get("needs_approval"):`` flags them all, approved or not. The condition
that acts on the record gets the clause that consults the field, on each record the function
reads by key (``and not step.get("approved")``)."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import KEYLIKE, Ctx, _paren, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes

UNREAD_FIELD_PRIOR = 0.35
MAX_FIELDS = 4


def unread_input_field_edits(ctx: Ctx) -> Iterator[Edit]:
    node, function = ctx.site.node, ctx.site.function
    if not isinstance(node, cst.If) or function is None:
        return
    fields = [
        s for s in ctx.evidence.strings
        if KEYLIKE.match(s) and s.isidentifier() and s not in ctx.index.strings
    ][:MAX_FIELDS]  # fmt: skip
    if not fields:
        return
    records = ctx.index.memo(("keyed records", id(function)), lambda: _records(ctx, function))
    code = _paren(node.test, ctx.index.code(node.test), cst.And)
    for record in records:
        for field in fields:
            for clause in (f'not {record}.get("{field}")', f'{record}.get("{field}")'):
                new = _parse_expr(f"{code} and {clause}")
                if new is not None:
                    yield _replace(ctx, node.test, new, "missing condition", UNREAD_FIELD_PRIOR)


def _records(ctx: Ctx, function: Function) -> list[str]:
    """Parameters and locals the function reads by string key (``step["tool"]``,
    ``step.get("args")``)."""
    names = set(function.params) | function.locals
    found: list[str] = []
    for node in all_nodes(function.node.body):
        base: cst.BaseExpression | None = None
        if isinstance(node, cst.Subscript) and len(node.slice) == 1:
            index = node.slice[0].slice
            if isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString):
                base = node.value
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            keyed = node.func.attr.value == "get" and node.args
            if keyed and isinstance(node.args[0].value, cst.SimpleString):
                base = node.func.value
        if isinstance(base, cst.Name) and base.value in names and base.value not in found:
            found.append(base.value)
    return found
