"""Repeated code: a statement that spells the same sub-expression twice (``items[i:] =
reversed(items[i:])``) needs a fix to it applied to every copy, or the copies disagree. For a
single-node edit, the smallest enclosing expression that occurs again in the statement is found,
and the same change is made at the same place inside each copy."""

from __future__ import annotations

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _parent
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes

TWIN_DISCOUNT = 0.9
MIN_CONTEXT = 4
MAX_CLIMB = 3


def twin_edit(ctx: Ctx, edit: Edit) -> Edit | None:
    """``edit`` made at every copy of its context in the statement, or None if there is none."""
    if len(edit.replacements) != 1:
        return None
    node, new = edit.replacements[0]
    if not isinstance(new, cst.BaseExpression) or not isinstance(node, cst.BaseExpression):
        return None
    context, path = _context(ctx, node)
    if context is None or isinstance(_parent(ctx, context), (cst.Element, cst.DictElement)):
        return None  # entries of a collection are meant to differ
    copies = _copies(ctx, context)
    if not copies:
        return None
    replacements: list[tuple[cst.CSTNode, cst.CSTNode]] = [(node, new)]
    for copy in copies:
        target = _follow(copy, path)
        if target is None:
            return None
        replacements.append((target, new.deep_clone()))
    twin = _make(
        ctx,
        edit.kind,
        edit.prior * TWIN_DISCOUNT,
        list(replacements),
        f"{edit.description.split(': ', 1)[-1]} (at each of {len(replacements)} copies)",
        imports=edit.imports,
        deletes=edit.deletes,
        weakens=edit.weakens,
    )
    twin.structural, twin.familiar = edit.structural, edit.familiar
    return twin


def _context(ctx: Ctx, node: cst.CSTNode) -> tuple[cst.CSTNode | None, list[int]]:
    """The smallest expression around ``node`` long enough to be a meaningful copy, and the
    child indices that lead from it down to ``node``."""
    path: list[int] = []
    current: cst.CSTNode = node
    for _ in range(MAX_CLIMB + 1):
        if len(ctx.index.code(current)) >= MIN_CONTEXT:
            return current, path
        parent = _parent(ctx, current)
        if not isinstance(
            parent, (cst.BaseExpression, cst.SubscriptElement, cst.Slice, cst.Index, cst.Arg)
        ):
            return None, path
        position = next((i for i, c in enumerate(parent.children) if c is current), None)
        if position is None:
            return None, path
        path.insert(0, position)
        current = parent
    return None, path


def _copies(ctx: Ctx, context: cst.CSTNode) -> list[cst.CSTNode]:
    code = ctx.index.code(context)
    span = ctx.index.span(context)
    found: list[cst.CSTNode] = []
    for root in ctx.site.roots:
        for other in all_nodes(root):
            if other is context or type(other) is not type(context):
                continue
            if ctx.index.code(other) != code:
                continue
            other_span = ctx.index.span(other)
            if _inside(other_span, span) or _inside(span, other_span):
                continue
            found.append(other)
    return found


def _inside(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return (a[0], a[1]) >= (b[0], b[1]) and (a[2], a[3]) <= (b[2], b[3])


def _follow(node: cst.CSTNode, path: list[int]) -> cst.CSTNode | None:
    for index in path:
        children = node.children
        if index >= len(children):
            return None
        node = children[index]
    return node
