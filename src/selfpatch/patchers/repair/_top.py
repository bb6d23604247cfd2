"""A field that tracks the top of a stack. A sibling pushes and sets the field to what it pushed
(``self.stack.append(agent)``, ``self.current = agent``); this method pops and leaves the field
on the item that is gone. The field goes back to the new top right after the pop."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _show, _sole_small
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, callee_name

TOP_PRIOR = 0.6
_PUSHES = frozenset({"append"})


def stack_top_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    stack = _popped_stack(ctx, stmt)
    if function is None or stack is None or function.cls is None:
        return
    written = ctx.index.writes(function)
    for field in _top_fields(ctx, function, stack):
        if field in written:
            continue
        code = f"{field} = {stack}[-1]"
        new = cst.parse_statement(code + "\n")
        edit = _make(ctx, "missing state update", TOP_PRIOR,
                     [(stmt, cst.FlattenSentinel([stmt, new]))],
                     f"stack top not tracked: insert `{code}` after "
                     f"`{_show(ctx.index.code(stmt))}`")  # fmt: skip
        edit.structural = True
        yield edit


def _popped_stack(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    """``self.stack`` for a statement that pops it (``agent = self.stack.pop()``)."""
    small = _sole_small(stmt)
    call = small.value if isinstance(small, (cst.Assign, cst.Expr)) else None
    if not isinstance(call, cst.Call) or callee_name(call) != "pop" or call.args:
        return None
    assert isinstance(call.func, cst.Attribute)
    stack = ctx.index.code(call.func.value)
    return stack if stack.startswith("self.") else None


def _top_fields(ctx: Ctx, function: Function, stack: str) -> list[str]:
    """Fields a sibling sets to the very value it pushes onto ``stack``."""
    found: list[str] = []
    for sibling in ctx.index.siblings(function):
        pushed: set[str] = set()
        for node in all_nodes(sibling.node.body):
            if (
                isinstance(node, cst.Call)
                and callee_name(node) in _PUSHES
                and isinstance(node.func, cst.Attribute)
                and ctx.index.code(node.func.value) == stack
                and len(node.args) == 1
            ):
                pushed.add(ctx.index.code(node.args[0].value))
            elif isinstance(node, cst.Assign) and len(node.targets) == 1 and pushed:
                target = ctx.index.code(node.targets[0].target)
                if ctx.index.code(node.value) in pushed and target.startswith("self."):
                    found.append(target)
    return list(dict.fromkeys(found))
