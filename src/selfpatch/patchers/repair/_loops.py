"""Loops that stop too early or never move: two slips of ``while`` loops.

- A loop over its inputs forgets the state it carries from one pass to the next:
  ``while i < len(a) or i < len(b):`` drops the final ``carry``; the fix keeps looping while
  the carried value is set (``... or carry``).
- A cursor that links items but never advances: ``tail.next = node`` in the loop with no
  ``tail = tail.next``, so every item overwrites the same link.
- A running bound that is overwritten instead of extended: ``current_end = end`` in a loop
  that compares ``current_end`` should keep ``max(current_end, end)`` (a contained interval
  must not shrink the merged one).
- A counter that never counts: ``opened = 0`` read in the loop and never incremented.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    _ORDER,
    Ctx,
    _insert_after,
    _make,
    _parse_expr,
    _parse_stmt,
    _replace,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import (
    Function,
    all_nodes,
    bound_names,
    unpacked_targets,
    value_names,
)
from selfpatch.patchers.repair._stale import _enclosing_loops

CARRIED_PRIOR = 0.5
ADVANCE_PRIOR = 0.5


def carried_condition_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.While) or not _any_input_left(loop.test):
        return
    in_test = {n.value for n in value_names(loop.test)}
    test = ctx.index.code(loop.test)
    for name in sorted(_carried(_block(loop.body)) - in_test):
        new = _parse_expr(f"{test} or {name}")
        if new is not None:
            yield _replace(ctx, loop.test, new, "loop stops with state carried", CARRIED_PRIOR)


def _any_input_left(test: cst.BaseExpression) -> bool:
    """``while i < len(a) or i < len(b)``, ``while i < n``: a loop over its inputs."""
    if isinstance(test, cst.BooleanOperation):
        return isinstance(test.operator, cst.Or)
    return isinstance(test, cst.Comparison)


def _carried(body: Sequence[cst.BaseStatement]) -> set[str]:
    """Names the loop body reads before it assigns them: their value crosses passes."""
    first: dict[str, str] = {}
    written: set[str] = set()
    for reads, writes in _events(body):
        for name in reads:
            first.setdefault(name, "read")
        for name in writes:
            first.setdefault(name, "write")
        written |= writes
    return {name for name, event in first.items() if event == "read" and name in written}


def _events(body: Sequence[cst.BaseStatement]) -> Iterator[tuple[set[str], set[str]]]:
    """(names read, names written) per step of the body, in execution order."""
    for stmt in body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                yield _small_events(small)
        elif isinstance(stmt, (cst.If, cst.While)):
            yield {n.value for n in value_names(stmt.test)}, set()
            yield from _events(_block(stmt.body))
            orelse = stmt.orelse
            while orelse is not None:
                if isinstance(orelse, cst.If):
                    yield {n.value for n in value_names(orelse.test)}, set()
                yield from _events(_block(orelse.body))
                orelse = orelse.orelse if isinstance(orelse, cst.If) else None


def _small_events(small: cst.BaseSmallStatement) -> tuple[set[str], set[str]]:
    if isinstance(small, cst.Assign):
        targets = [t.target for t in small.targets]
        written = {n.value for t in targets for n in bound_names(t)}
        return {n.value for n in value_names(small.value)}, written
    if isinstance(small, cst.AugAssign):
        read = {n.value for n in value_names(small.target)} | {
            n.value for n in value_names(small.value)
        }
        return read, {n.value for n in bound_names(small.target)}
    return {n.value for n in value_names(small)}, set()


def _block(body: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
    return body.body if isinstance(body, cst.IndentedBlock) else ()


def cursor_advance_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.While) or not isinstance(loop.body, cst.IndentedBlock):
        return
    body = loop.body.body
    rebound = {name for _, writes in _events(body) for name in writes}
    for cursor, attr in _linked_fields(body):
        if cursor in rebound or cursor == "self":
            continue
        code = f"{cursor} = {cursor}.{attr}"
        new = _parse_stmt(code)
        if new is None:
            continue
        last = body[-1]
        yield _make(ctx, "cursor never advances", ADVANCE_PRIOR,
                    [(last, cst.FlattenSentinel([last, new]))],
                    f"cursor never advances: insert `{code}` at the end of the loop")  # fmt: skip


def _linked_fields(body: Sequence[cst.BaseStatement]) -> list[tuple[str, str]]:
    """(cursor, field) for each ``cursor.field = ...`` the loop assigns, first seen first."""
    found: list[tuple[str, str]] = []
    for stmt in body:
        for node in _assign_targets(stmt):
            if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
                pair = (node.value.value, node.attr.value)
                if pair not in found:
                    found.append(pair)
    return found


def _assign_targets(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    if isinstance(node, cst.Assign):
        for target in node.targets:
            yield from unpacked_targets(target.target)
        return
    for child in node.children:
        yield from _assign_targets(child)


EXTREME_PRIOR = 0.45
UPPER_WORDS = frozenset({"end", "max", "hi", "high", "last", "latest", "upper", "right", "top"})
LOWER_WORDS = frozenset({"start", "min", "lo", "low", "first", "earliest", "lower", "left"})


def running_extreme_edits(ctx: Ctx) -> Iterator[Edit]:
    """``current_end = end`` -> ``current_end = max(current_end, end)`` where ``end`` is an item
    of the loop and the loop carries ``current_end`` from pass to pass and orders it against
    other values: a running bound."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return
    target, value = small.targets[0].target, small.value
    if not isinstance(target, cst.Name) or not isinstance(value, cst.Name):
        return
    loops = _enclosing_loops(ctx, stmt)
    loop = loops[0] if loops else None
    if not isinstance(loop, cst.For) or not _compared_in(loop, target.value):
        return
    if value.value not in {n.value for n in bound_names(loop.target)}:
        return  # the bound is extended by the items the loop walks
    if target.value not in _carried(_block(loop.body)):
        return
    words = set(name_words(target.value))
    first = "min" if words & LOWER_WORDS and not words & UPPER_WORDS else "max"
    for callee, prior in ((first, EXTREME_PRIOR), ({"max": "min", "min": "max"}[first], 0.3)):
        new = _parse_expr(f"{callee}({target.value}, {ctx.index.code(value)})")
        if new is not None:
            yield _replace(ctx, value, new, "running bound overwritten", prior)


def _compared_in(loop: cst.For | cst.While, name: str) -> bool:
    """Whether the loop orders ``name`` against something (``start <= current_end + gap``)."""
    return any(
        isinstance(node, cst.Comparison)
        and any(isinstance(c.operator, _ORDER) for c in node.comparisons)
        and any(n.value == name for n in value_names(node))
        for node in all_nodes(loop.body)
    )


FROZEN_COUNTER_PRIOR = 0.6


def frozen_counter_edits(ctx: Ctx) -> Iterator[Edit]:
    """A counter that never counts: ``opened = 0`` before a loop, read inside it (``room =
    opened``) and never rebound, hands out the same value on every pass. The increment is
    inserted after the statement in the loop that reads it."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not ctx.site.in_loop or not isinstance(stmt, cst.SimpleStatementLine):
        return
    frozen = ctx.index.memo(("frozen counters", id(function)), lambda: _frozen_counters(function))
    for name in dict.fromkeys(n.value for n in value_names(stmt)):
        if name in frozen and _reads(stmt, name):
            edit = _insert_after(ctx, f"{name} += 1\n", "missing statement", FROZEN_COUNTER_PRIOR)
            if edit is not None:
                edit.structural = True
                yield edit


def _frozen_counters(function: Function) -> set[str]:
    """Locals bound once, to an integer literal, outside any loop, and never rebound."""
    bindings: dict[str, int] = {}
    counters: set[str] = set()
    for node in all_nodes(function.node.body):
        for name in _rebinds(node):
            bindings[name] = bindings.get(name, 0) + 1
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Integer):
            counters |= {n.value for t in node.targets for n in bound_names(t.target)}
    top = {
        n.value
        for stmt in function.node.body.body
        if isinstance(stmt, cst.SimpleStatementLine)
        for small in stmt.body
        if isinstance(small, cst.Assign)
        for target in small.targets
        for n in bound_names(target.target)
    }
    return {name for name in counters & top if bindings.get(name) == 1}


def _rebinds(node: cst.CSTNode) -> list[str]:
    targets: list[cst.BaseExpression]
    if isinstance(node, cst.Assign):
        targets = [t.target for t in node.targets]
    elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
        targets = [node.target]
    else:
        return []
    return [n.value for target in targets for n in bound_names(target)]


def _reads(stmt: cst.SimpleStatementLine, name: str) -> bool:
    """Whether the statement hands ``name``'s value on (assigns or passes it; a comparison
    alone is not a use that needs a fresh value)."""
    for small in stmt.body:
        value = small.value if isinstance(small, (cst.Assign, cst.Expr)) else None
        if value is None or isinstance(value, cst.Comparison):
            continue
        if any(n.value == name for n in value_names(value)):
            return True
    return False
