"""A field read where the local view of it was meant. ``events = self._recent(user, now)``
then ``automatic / len(self._events)``: the local named after the field holds the part of it
this method works on (the recent events of one user), and the later reading of the whole field
is a slip for the local: ``len(events)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, sole_assignment

LOCAL_VIEW_PRIOR = 0.5


def local_view_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None or function.cls is None:
        return
    views = ctx.index.memo(("local views", id(function)), lambda: _views(ctx, function))
    start = min(ctx.site.lines)
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Attribute) or not isinstance(node.value, cst.Name):
                continue
            if node.value.value != "self":
                continue
            local = node.attr.value.lstrip("_")
            bound_at = views.get(local)
            if bound_at is not None and bound_at < start:
                yield _replace(ctx, node, cst.Name(local), "incorrect variable", LOCAL_VIEW_PRIOR)


def _views(ctx: Ctx, function: Function) -> dict[str, int]:
    """The function's locals named like one of the object's fields, with the line each is
    first bound on."""
    fields = {
        ctx.index.code(node.attr).lstrip("_")
        for node in all_nodes(function.node.body)
        if isinstance(node, cst.Attribute)
        and isinstance(node.value, cst.Name)
        and node.value.value == "self"
    }
    found: dict[str, int] = {}
    for node in all_nodes(function.node.body):
        assign = sole_assignment(node) if isinstance(node, cst.SimpleStatementLine) else None
        if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
            continue
        target = assign.targets[0].target
        if isinstance(target, cst.Name) and target.value in fields:
            found.setdefault(target.value, ctx.index.span(node)[0])
    return found
