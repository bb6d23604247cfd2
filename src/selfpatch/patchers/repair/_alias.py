"""Missing copy: a container stored while it is still being changed in place
(``self.checkpoints.append(self.messages)`` followed later by ``self.messages.append(m)``)
is aliased, so the stored snapshot changes with it. The fix stores a copy; the copy idioms
the file already writes come first."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _last_assignment,
    _outer_type,
    _parse_expr,
    _replace,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    STORING_CALLS,
    FileIndex,
    all_nodes,
    changed_container,
    sole_assignment,
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


OUTBOUND_COPY_PRIOR = 0.5
_COPY_CALLS = {"copy.deepcopy": "copy.deepcopy({})", "deepcopy": "deepcopy({})",
               "copy.copy": "copy.copy({})", "list": "list({})", "dict": "dict({})",
               "set": "set({})"}  # fmt: skip


def outbound_copy_edits(ctx: Ctx) -> Iterator[Edit]:
    """A container filled with copies (``self._entries[k] = copy.deepcopy(result)``) is one
    the callers must not share: a return of its item without the same copy lets a caller's
    change leak into it."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or ctx.site.function is None:
        return
    returned = stmt.body[0].value if isinstance(stmt.body[0], cst.Return) else None
    if returned is None:
        return
    copies = ctx.index.memo(("copied stores",), lambda: _copied_stores(ctx.index))
    template = copies.get(_source_container(ctx, returned))
    new = _parse_expr(template.format(ctx.index.code(returned))) if template else None
    if new is not None:
        edit = _replace(ctx, returned, new, "missing copy", OUTBOUND_COPY_PRIOR)
        edit.structural = True
        yield edit


def _copied_stores(index: FileIndex) -> dict[str, str]:
    """Container code -> the copy its stored values are made with."""
    found: dict[str, str] = {}
    for node in all_nodes(index.module):
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets if isinstance(t.target, cst.Subscript)]
            stored, containers = node.value, [t.value for t in targets]
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.args:
            if node.func.attr.value not in STORING_CALLS:
                continue
            stored, containers = node.args[-1].value, [node.func.value]
        else:
            continue
        template = _copy_template(index, stored)
        for container in containers if template else []:
            found.setdefault(index.code(container), template)
    return found


def _copy_template(index: FileIndex, value: cst.CSTNode) -> str:
    for node in all_nodes(value):
        if not isinstance(node, cst.Call):
            continue
        callee = index.code(node.func)
        if callee in _COPY_CALLS and len(node.args) == 1:
            return _COPY_CALLS[callee]
        if callee.endswith(".copy") and not node.args:
            return "{}.copy()"
    return ""


def _source_container(ctx: Ctx, value: cst.BaseExpression) -> str:
    """The container an item is read from: ``C`` for ``C[k]``, ``C.get(k)``, and for
    ``entry[1]`` after ``entry = C.get(k)``."""
    read = isinstance(value, cst.Subscript)
    while isinstance(value, cst.Subscript):
        value = value.value
    if isinstance(value, cst.Name):
        stmt = _last_assignment(ctx, value.value)
        assignment = sole_assignment(stmt) if stmt is not None else None
        if isinstance(assignment, cst.Assign):
            value, read = assignment.value, False
            if isinstance(value, cst.Subscript):
                return ctx.index.code(value.value)
    if _is_get(value):
        assert isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute)
        return ctx.index.code(value.func.value)
    return ctx.index.code(value) if read else ""


def _is_get(node: cst.BaseExpression) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == "get"
    )
