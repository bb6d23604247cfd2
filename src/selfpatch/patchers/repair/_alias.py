"""Missing copy: a container stored while it is still being changed in place
(``self.checkpoints.append(self.messages)`` followed later by ``self.messages.append(m)``)
is aliased, so the stored snapshot changes with it. The fix stores a copy; the copy idioms
the file already writes come first."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _outer_type, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    STORING_CALLS,
    FileIndex,
    all_nodes,
    changed_container,
)

COPY_PRIOR = 0.45
COPIES = ("list({})", "{}.copy()", "dict({})", "{}[:]")


def copy_edits(ctx: Ctx) -> Iterator[Edit]:
    changed = ctx.index.memo(("changed in place",), lambda: _changed_in_place(ctx.index))
    params = set(ctx.site.function.params) if ctx.site.function is not None else set()
    for root in ctx.site.roots:
        for stored in _stored_values(root, params):
            code = ctx.index.code(stored)
            if code not in changed:
                continue
            value = _copied_value(ctx, stored)
            for rank, template in enumerate(_copy_idioms(ctx, value)):
                new = _parse_expr(template.format(ctx.index.code(value)))
                if new is not None:
                    prior = COPY_PRIOR * (1.0 - 0.1 * rank)
                    edit = _replace(ctx, value, new, "missing copy", prior)
                    edit.structural = True
                    yield edit


def _stored_values(root: cst.CSTNode, params: set[str]) -> Iterator[cst.BaseExpression]:
    """Bare names and attributes put into a container or into an object's state, and a
    parameter given a second name (``public = fields``): changing the local in place would
    change the caller's object."""
    for node in all_nodes(root):
        if (
            isinstance(node, cst.Assign)
            and isinstance(node.value, cst.Name)
            and node.value.value in params
            and all(isinstance(t.target, cst.Name) for t in node.targets)
        ):
            yield from (t.target for t in node.targets if isinstance(t.target, cst.Name))
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            if node.func.attr.value in STORING_CALLS and node.args:
                yield from _plain(node.args[-1].value)
        elif isinstance(node, cst.Assign) and any(
            isinstance(t.target, (cst.Subscript, cst.Attribute)) for t in node.targets
        ):
            yield from _plain(node.value)
        elif isinstance(node, cst.Return) and isinstance(node.value, cst.Attribute):
            yield node.value
        elif isinstance(node, cst.Yield) and isinstance(node.value, cst.Name):
            yield node.value  # a generator that keeps changing what it yielded


def _copied_value(ctx: Ctx, stored: cst.BaseExpression) -> cst.BaseExpression:
    """What to copy: the stored value itself, or for an alias (``public = fields``) the
    parameter it names."""
    parent = ctx.index.parents.get(stored)
    assign = ctx.index.parents.get(parent) if isinstance(parent, cst.AssignTarget) else None
    return assign.value if isinstance(assign, cst.Assign) else stored


def _plain(value: cst.BaseExpression) -> Iterator[cst.BaseExpression]:
    if isinstance(value, (cst.Name, cst.Attribute)):
        yield value


def _changed_in_place(index: FileIndex) -> set[str]:
    """Code of every container the file changes in place (a mutator call's receiver, an item
    assignment or deletion's container)."""
    changed = (changed_container(node) for node in all_nodes(index.module))
    return {index.code(container) for container in changed if container is not None}


TYPED_COPIES = {"dict": "dict({})", "Mapping": "dict({})", "list": "list({})", "set": "set({})"}


def _copy_idioms(ctx: Ctx, value: cst.BaseExpression) -> list[str]:
    """The copy of the value's declared type first, then the idioms the file already writes."""
    index = ctx.index
    familiar = [t for t in COPIES if index.mentions(t.split("{}")[0] or t.split("{}")[1])]
    typed = [TYPED_COPIES[k] for k in [_declared_type(ctx, value)] if k in TYPED_COPIES]
    return list(dict.fromkeys(typed + familiar + list(COPIES)))


def _declared_type(ctx: Ctx, value: cst.BaseExpression) -> str:
    """The outer type a parameter is annotated with (``dict[str, Any]`` -> ``dict``), or ""."""
    function = ctx.site.function
    if function is None or not isinstance(value, cst.Name):
        return ""
    for param in function.node.params.params:
        if param.name.value == value.value and param.annotation is not None:
            return _outer_type(ctx.index.code(param.annotation.annotation))
    return ""
