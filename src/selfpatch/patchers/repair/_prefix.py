"""A recursive call that drops the prefix it was handed. ``validate(item, spec, f"[{i}]")``
where the function's own ``path`` parameter takes that slot, and another recursive call passes
``_child(path, name)``: the path built so far was meant to lead the new one,
``f"{path}[{i}]"`` (or ``path + suffix``)."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    Function,
    all_nodes,
    callee_name,
    descendants,
    value_names,
)

PREFIX_PRIOR = 0.65


def recursive_prefix_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    for root in ctx.site.roots:
        for call in descendants(root):
            if not isinstance(call, cst.Call) or not _is_recursive(call, function):
                continue
            for param, arg in _slots(call, function):
                if _mentions(arg.value, param) or not _carried_elsewhere(ctx, function, param):
                    continue
                new = _prefixed(arg.value, param)
                if new is not None:
                    edit = _replace(ctx, arg.value, new, "variable prepend", PREFIX_PRIOR)
                    edit.structural = True
                    yield edit


def _is_recursive(call: cst.Call, function: Function) -> bool:
    if callee_name(call) != function.name:
        return False
    func = call.func
    if function.cls is None:
        return isinstance(func, cst.Name)
    return isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name)


def _slots(call: cst.Call, function: Function) -> Iterator[tuple[str, cst.Arg]]:
    """(parameter, argument) for each argument of a call to ``function`` itself."""
    params = function.params[1:] if function.cls is not None else function.params
    for position, arg in enumerate(call.args):
        if arg.star:
            return
        if arg.keyword is not None:
            if arg.keyword.value in params:
                yield arg.keyword.value, arg
        elif position < len(params):
            yield params[position], arg


def _carried_elsewhere(ctx: Ctx, function: Function, param: str) -> bool:
    """Another recursive call hands ``param`` on, inside what it passes for it."""
    for call in all_nodes(function.node.body):
        if not isinstance(call, cst.Call) or not _is_recursive(call, function):
            continue
        if any(p == param and _mentions(a.value, param) for p, a in _slots(call, function)):
            return True
    return False


def _mentions(node: cst.CSTNode, name: str) -> bool:
    return any(n.value == name for n in value_names(node))


def _prefixed(value: cst.BaseExpression, param: str) -> cst.BaseExpression | None:
    if isinstance(value, cst.FormattedString):
        lead = cst.FormattedStringExpression(expression=cst.Name(param))
        return value.with_changes(parts=[lead, *value.parts])
    if isinstance(value, (cst.SimpleString, cst.BinaryOperation, cst.Call)):
        return cst.BinaryOperation(cst.Name(param), cst.Add(), value)
    return None
