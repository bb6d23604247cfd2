"""A field the failing inputs carry and the code never reads: steps come with ``"approved":
True`` and ``if rules.get("needs_approval"):`` flags them all, approved or not. The condition
that acts on the record gets the clause that consults the field, on each record the function
reads by key (``and not step.get("approved")``)."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import KEYLIKE, Ctx, _paren, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, descendants, is_load
from selfpatch.patchers.repair._names import _parameter_types

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


UNREAD_LOCAL_PRIOR = 0.5
_BUILDERS = frozenset({"append", "extend", "insert", "add", "update", "setdefault", "appendleft"})


def unread_local_edits(ctx: Ctx) -> Iterator[Edit]:
    """``reverse: Graph = {}`` filled edge by edge and never read, while the pass that needs
    it walks ``graph`` again: a read of a name of the same type reads the built one."""
    function = ctx.site.function
    if function is None:
        return
    built = ctx.index.memo(("built unread", id(function)), lambda: _built_unread(ctx, function))
    if not built:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Name) or not _is_read(ctx, node):
                continue
            for local, (annotation, filled) in built.items():
                if ctx.index.line(node) <= filled or local == node.value:
                    continue  # the pass that fills it reads what it is built from
                if _annotation(ctx, function, node.value) == annotation:
                    new = cst.Name(local)
                    edit = _replace(ctx, node, new, "unread container", UNREAD_LOCAL_PRIOR)
                    edit.structural = True
                    yield edit


def _built_unread(ctx: Ctx, function: Function) -> dict[str, tuple[str, int]]:
    """Annotated locals the function fills (``x.append``, ``x[k] = v``) and never reads: the
    annotation of each and the last line that fills it."""
    annotated: dict[str, str] = {}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.AnnAssign) and isinstance(node.target, cst.Name):
            annotated[node.target.value] = ctx.index.code(node.annotation.annotation)
    filled: dict[str, int] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.Name) or node.value not in annotated:
            continue
        if _fills(ctx, node):
            filled[node.value] = max(filled.get(node.value, 0), ctx.index.line(node))
        elif _is_read(ctx, node):
            annotated.pop(node.value)
    return {name: (annotated[name], line) for name, line in filled.items() if name in annotated}


def _fills(ctx: Ctx, name: cst.Name) -> bool:
    """Whether the name is the container of ``name.append(...)`` or ``name[k] = ...``."""
    parent = ctx.index.parents.get(name)
    if isinstance(parent, cst.Attribute) and parent.value is name:
        call = ctx.index.parents.get(parent)
        return isinstance(call, cst.Call) and call.func is parent and parent.attr.value in _BUILDERS
    if isinstance(parent, cst.Subscript) and parent.value is name:
        target = ctx.index.parents.get(parent)
        return isinstance(target, cst.AssignTarget)
    return False


def _is_read(ctx: Ctx, name: cst.Name) -> bool:
    return is_load(ctx.index, name) and not isinstance(ctx.index.parents.get(name), cst.AnnAssign)


def _annotation(ctx: Ctx, function: Function, name: str) -> str:
    if name in (params := _parameter_types(ctx)):
        return params[name]
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.AnnAssign):
            continue
        if isinstance(node.target, cst.Name) and node.target.value == name:
            return ctx.index.code(node.annotation.annotation)
    return ""
