"""A worklist that is never refilled: ``queue = deque([root])`` and ``seen = {root}`` start with
the same item, the loop pops ``queue``, and ``seen.add(child)`` marks each new item, yet nothing
ever goes back onto ``queue``, so the walk stops after the first item. The two were seeded
together; what is marked seen is what is still to visit: ``queue.append(child)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, sole_call
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, sole_assignment

REFILL_PRIOR = 0.6
_POPS = {"pop", "popleft", "get"}
_PUSHES = {"append", "appendleft", "extend", "put", "insert"}


def worklist_refill_edits(ctx: Ctx) -> Iterator[Edit]:
    function, call = ctx.site.function, sole_call(ctx.site.node)
    if function is None or call is None or not isinstance(call.func, cst.Attribute):
        return
    if call.func.attr.value != "add" or len(call.args) != 1:
        return
    marked = ctx.index.code(call.func.value)
    worklists = ctx.index.memo(("worklists", id(function)), lambda: _idle_worklists(ctx, function))
    item = ctx.index.code(call.args[0].value)
    for worklist, seed in worklists.items():
        if seed == marked:
            edit = _insert_after(
                ctx,
                f"{worklist}.append({item})\n",
                "missing statement",
                REFILL_PRIOR,
                structural=True,
            )
            if edit is not None:
                yield edit


def _idle_worklists(ctx: Ctx, function: Function) -> dict[str, str]:
    """``worklist -> marked set`` for each local seeded with one item (``deque([root])``,
    ``[root]``) beside a set seeded with the same item (``{root}``), that the function pops
    from and never pushes onto."""
    seeds: dict[str, tuple[str, str]] = {}
    for node in all_nodes(function.node.body):
        assign = sole_assignment(node)
        if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
            continue
        target = assign.targets[0].target
        seeded = _seed(ctx, assign.value)
        if isinstance(target, cst.Name) and seeded is not None:
            seeds[target.value] = seeded
    calls = _method_calls(ctx, function)
    found: dict[str, str] = {}
    for name, (kind, item) in seeds.items():
        if kind != "sequence" or not calls.get(name, set()) & _POPS or calls[name] & _PUSHES:
            continue
        for other, (other_kind, other_item) in seeds.items():
            if other_kind == "set" and other_item == item:
                found[name] = other
    return found


def _seed(ctx: Ctx, value: cst.BaseExpression) -> tuple[str, str] | None:
    """``("sequence", "root")`` for ``[root]``/``deque([root])``, ``("set", "root")`` for
    ``{root}``/``set([root])``."""
    kind = "sequence"
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and len(value.args) == 1:
        kind = "set" if value.func.value == "set" else "sequence"
        if value.func.value not in {"deque", "set", "list"}:
            return None
        value = value.args[0].value
    if isinstance(value, cst.Set):
        kind = "set"
    elif not isinstance(value, cst.List):
        return None
    if len(value.elements) != 1:
        return None
    return kind, ctx.index.code(value.elements[0].value)


def _method_calls(ctx: Ctx, function: Function) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            found.setdefault(ctx.index.code(node.func.value), set()).add(node.func.attr.value)
    return found
