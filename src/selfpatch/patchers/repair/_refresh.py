"""A refresh that runs before the state it reads changes, and not after: a loop calls
``self._admit_arrivals()`` (which reads ``self.clock``) at its top, then advances
``self.clock`` and goes on using what the refresh would have changed. The missing line is
the same call right after the update."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_self_attr
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, body_nodes
from selfpatch.patchers.repair._stale import _enclosing_loops

REFRESH_PRIOR = 0.5
LOOP_REFRESH_PRIOR = 0.6


def refresh_call_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or function.cls is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    updated = _self_attrs_written(stmt)
    if not updated:
        return
    line = min(ctx.site.lines)
    refreshes = ctx.index.memo(("refreshes", id(function)), lambda: _refresh_calls(ctx, function))
    for method, (call_line, reads) in refreshes.items():
        if call_line >= line or not updated & reads or _follows(ctx, stmt, method):
            continue
        prior = LOOP_REFRESH_PRIOR if _same_loop(ctx, stmt, call_line) else REFRESH_PRIOR
        edit = _insert_after(ctx, f"self.{method}()\n", "missing refresh", prior, structural=True)
        if edit is not None:
            yield edit


def _refresh_calls(ctx: Ctx, function: Function) -> dict[str, tuple[int, frozenset[str]]]:
    """``self.m()`` statements of the function, with the first line each is made on and the
    ``self`` attributes ``m`` reads."""
    methods = {f.name: f for f in ctx.index.functions if f.cls == function.cls}
    found: dict[str, tuple[int, frozenset[str]]] = {}
    for node in body_nodes(function.node.body):
        if not isinstance(node, cst.Expr) or not isinstance(node.value, cst.Call):
            continue
        call = node.value
        if call.args or not _is_self_attr(call.func):
            continue
        method = methods.get(call.func.attr.value)
        if method is None or method is function or method.name in found:
            continue
        found[method.name] = (ctx.index.line(node), _self_attrs_read(method))
    return found


def _self_attrs_read(method: Function) -> frozenset[str]:
    return frozenset(node.attr.value for node in all_nodes(method.node.body) if _is_self_attr(node))


def _self_attrs_written(stmt: cst.SimpleStatementLine) -> set[str]:
    targets: list[cst.BaseExpression] = []
    for small in stmt.body:
        if isinstance(small, cst.Assign):
            targets += [t.target for t in small.targets]
        elif isinstance(small, (cst.AugAssign, cst.AnnAssign)):
            targets.append(small.target)
    return {t.attr.value for t in targets if _is_self_attr(t)}


def _follows(ctx: Ctx, stmt: cst.SimpleStatementLine, method: str) -> bool:
    """Whether the statement right after the update already makes the call."""
    block = ctx.site.block
    if block is None or ctx.site.index + 1 >= len(block):
        return False
    return ctx.index.code(block[ctx.site.index + 1]).strip() == f"self.{method}()"


def _same_loop(ctx: Ctx, stmt: cst.CSTNode, call_line: int) -> bool:
    loops = _enclosing_loops(ctx, stmt)
    if not loops:
        return False
    span = ctx.index.positions[loops[0]]
    return span.start.line <= call_line <= span.end.line
