"""A choice not undone on the way back. Backtracking code makes a choice, recurses and undoes
the choice when the recursion fails: ``sums[slot] += value`` and ``groups[slot].append(value)``
before ``if place(index + 1): return True``, then ``sums[slot] -= value`` after it. A choice
the block makes and does not undo while it undoes its sibling leaks into the next try; the
missing undo (``groups[slot].pop()``) goes after the undos that are there."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _normal, _show
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, callee_name

UNDO_PRIOR = 0.6
_UNDO_CALLS = {"append": "pop()", "appendleft": "popleft()", "add": "discard({})"}


def missing_undo_edits(ctx: Ctx) -> Iterator[Edit]:
    function, block, stmt = ctx.site.function, ctx.site.block, ctx.site.node
    if function is None or block is None or not _recurses(stmt, function.name):
        return
    undos = [u for u in (_undo_of(ctx, s) for s in block[: ctx.site.index]) if u is not None]
    wanted = {_normal(u) for u in undos}
    done = [s for s in block[ctx.site.index + 1 :] if _normal(ctx.index.code(s)) in wanted]
    if not done:
        return  # nothing here is undone: not a backtracking step
    last, present = done[-1], {_normal(ctx.index.code(s)) for s in done}
    for undo in undos:
        if _normal(undo) in present:
            continue
        new = cst.parse_statement(undo + "\n")
        edit = _make(ctx, "missing statement", UNDO_PRIOR,
                     [(last, cst.FlattenSentinel([last, new]))],
                     f"missing undo: insert `{_show(undo)}` after "
                     f"`{_show(ctx.index.code(last))}`")  # fmt: skip
        edit.structural = True
        yield edit


def _recurses(stmt: cst.CSTNode, name: str) -> bool:
    return any(isinstance(n, cst.Call) and callee_name(n) == name for n in all_nodes(stmt))


def _undo_of(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    """The statement that undoes ``stmt``: ``x -= v`` for ``x += v``, ``xs.pop()`` for
    ``xs.append(v)``, ``seen.discard(v)`` for ``seen.add(v)``."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    code = ctx.index.code
    counts = (cst.AddAssign, cst.SubtractAssign)
    if isinstance(small, cst.AugAssign) and isinstance(small.operator, counts):
        flipped = "-=" if isinstance(small.operator, cst.AddAssign) else "+="
        return f"{code(small.target)} {flipped} {code(small.value)}"
    call = small.value if isinstance(small, cst.Expr) else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
        return None
    undo = _UNDO_CALLS.get(call.func.attr.value)
    if undo is None or len(call.args) != 1:
        return None
    return f"{code(call.func.value)}.{undo.format(code(call.args[0].value))}"


IN_PROGRESS_PRIOR = 0.6
_REMOVALS = frozenset({"pop", "remove", "discard", "popleft"})


def in_progress_edits(ctx: Ctx) -> Iterator[Edit]:
    """``active.append(name)`` marks ``name`` as being worked on, and ``if name in active:
    raise ...`` reports a cycle when it is met again; nothing ever takes the mark off, so a
    name met again after its work finished looks like a cycle. The undo goes before the
    block's closing ``return`` (or after its last statement)."""
    function, block, stmt = ctx.site.function, ctx.site.block, ctx.site.node
    undo = _undo_of(ctx, stmt)
    if function is None or block is None or undo is None:
        return
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
    call = small.value if isinstance(small, cst.Expr) else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
        return
    marks, item = ctx.index.code(call.func.value), ctx.index.code(call.args[0].value)
    if not _raises_when_met(ctx, function.node, item, marks) or _removes(ctx, function.node, marks):
        return
    rest = block[ctx.site.index + 1 :]
    if not rest:
        return
    new = cst.parse_statement(undo + "\n")
    last = rest[-1]
    closes = _is_return(last)
    replacement = cst.FlattenSentinel([new, last] if closes else [last, new])
    where = "before" if closes else "after"
    edit = _make(ctx, "missing statement", IN_PROGRESS_PRIOR, [(last, replacement)],
                 f"mark never cleared: insert `{_show(undo)}` {where} "
                 f"`{_show(ctx.index.code(last))}`")  # fmt: skip
    edit.structural = True
    yield edit


def _raises_when_met(ctx: Ctx, function: cst.FunctionDef, item: str, marks: str) -> bool:
    for node in all_nodes(function.body):
        if not isinstance(node, cst.If) or not isinstance(node.test, cst.Comparison):
            continue
        test = node.test
        if len(test.comparisons) != 1 or not isinstance(test.comparisons[0].operator, cst.In):
            continue
        code = ctx.index.code
        if code(test.left) == item and code(test.comparisons[0].comparator) == marks:
            return any(isinstance(n, cst.Raise) for n in all_nodes(node.body))
    return False


def _removes(ctx: Ctx, function: cst.FunctionDef, marks: str) -> bool:
    return any(
        isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute)
        and n.func.attr.value in _REMOVALS and ctx.index.code(n.func.value) == marks
        for n in all_nodes(function.body)
    )  # fmt: skip


def _is_return(stmt: cst.CSTNode) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and isinstance(stmt.body[0], cst.Return)
