"""A stack that holds a marker it may not cancel: a path normaliser pops a segment for each
``..`` (``if stack: stack.pop()``) and, with nothing to pop, pushes the ``..`` itself. Popping
later treats that ``..`` as a segment it cancels, so ``../..`` collapses to nothing. The pop is
guarded by the top not being the marker the other branch pushes:
``if stack and stack[-1] != "..":``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, callee_name

MARKER_PRIOR = 0.55


def pushed_marker_edits(ctx: Ctx) -> Iterator[Edit]:
    node = ctx.site.node
    if not isinstance(node, cst.If) or not isinstance(node.test, cst.Name):
        return
    stack = node.test.value
    if not any(_calls(s, stack, "pop") for s in node.body.body):
        return
    for marker in _pushed_literals(node.orelse, stack):
        new = f"{stack} and {stack}[-1] != {marker}"
        edit = structural_edit(ctx, node.test, new, "missing condition", MARKER_PRIOR)
        if edit is not None:
            yield edit


def _calls(stmt: cst.CSTNode, stack: str, method: str) -> list[cst.Call]:
    return [
        n
        for n in all_nodes(stmt)
        if isinstance(n, cst.Call)
        and callee_name(n) == method
        and isinstance(n.func, cst.Attribute)
        and isinstance(n.func.value, cst.Name)
        and n.func.value.value == stack
    ]


def _pushed_literals(orelse: cst.If | cst.Else | None, stack: str) -> list[str]:
    """The string literals the ``elif``/``else`` branches append to the stack."""
    found: list[str] = []
    for call in _calls(orelse, stack, "append") if orelse is not None else []:
        if len(call.args) == 1 and isinstance(call.args[0].value, cst.SimpleString):
            found.append(call.args[0].value.value)
    return list(dict.fromkeys(found))
