"""State kept in step with what it describes — three kinds of "missing line":

- a counter tested on one path and updated only on another (``indegree[n] += 1`` while
  building, nothing before ``if indegree[n] == 0`` while consuming);
- an attribute stamped only at construction but compared with a fresh value elsewhere
  (``self.opened_at`` set in ``__init__``, read as ``self._clock() - self.opened_at``): the
  method that changes the related state forgets to stamp it again;
- the last group a loop collects but never emits (``runs.append(...)`` on every change of
  value, nothing after the loop for the final run), and its mirror: the group emitted after
  the loop (``merged.append(current)``) but never inside it, where ``current = item`` starts
  the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_after,
    _insert_before,
    _make,
    _normal,
    _show,
    sole_guard,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    LOOPS,
    Function,
    body_nodes,
    descendants,
    value_names,
    written_state,
)

COUNTER_PRIOR = 0.6
STAMP_PRIOR = 0.6
FLUSH_PRIOR = 0.55
MAX_STAMP_VALUES = 4

_INVERSE: dict[type[Any], type[Any]] = {
    cst.AddAssign: cst.SubtractAssign,
    cst.SubtractAssign: cst.AddAssign,
}
_SYMBOL = {cst.AddAssign: "+=", cst.SubtractAssign: "-="}


def state_edits(ctx: Ctx) -> Iterator[Edit]:
    yield from counter_update_edits(ctx)
    yield from stamp_edits(ctx)
    yield from flush_edits(ctx)
    yield from restart_emit_edits(ctx)


# -- a counter tested here and updated only elsewhere ----------------------------------------


def counter_update_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt, function = ctx.site.node, ctx.site.function
    if not isinstance(stmt, cst.If) or function is None or ctx.site.block is None:
        return
    updates = ctx.index.memo(("counters", id(function)), lambda: counter_updates(ctx, function))
    resets = ctx.index.memo(("resets", id(function)), lambda: _counter_resets(ctx, function))
    present = {_normal(ctx.index.code(s)) for s in ctx.site.block}
    seen: set[str] = set()
    for node in descendants(stmt.test):
        if not isinstance(node, (cst.Subscript, cst.Attribute)):
            continue
        known = updates.get(_shape(ctx, node), [])
        one_way = len({op for op, _ in known}) == 1 and _shape(ctx, node) not in resets
        for op, step in known:
            inverse = (_INVERSE[op], COUNTER_PRIOR * (1.5 if one_way else 1.0), one_way)
            for new_op, prior, structural in (inverse, (op, COUNTER_PRIOR * 0.6, False)):
                code = f"{ctx.index.code(node)} {_SYMBOL[new_op]} {step}"
                if code in seen or _normal(code) in present:
                    continue
                seen.add(code)
                edit = _insert_before(ctx, code + "\n", "missing counter update", prior)
                if edit is not None:
                    edit.structural = structural
                    yield edit


def counter_updates(ctx: Ctx, function: Function) -> dict[str, list[tuple[type[Any], str]]]:
    """``+=``/``-=`` updates of subscripts and attributes in the function (and, for attributes
    of ``self``, in its sibling methods), by the shape of their target."""
    scopes = [function, *ctx.index.siblings(function)] if function.cls else [function]
    found: dict[str, list[tuple[type[Any], str]]] = {}
    for scope in scopes:
        for node in body_nodes(scope.node.body):
            if not isinstance(node, cst.AugAssign) or type(node.operator) not in _INVERSE:
                continue
            if not isinstance(node.target, (cst.Subscript, cst.Attribute)):
                continue
            if scope is not function and not ctx.index.code(node.target).startswith("self."):
                continue
            entry = (type(node.operator), ctx.index.code(node.value))
            updates = found.setdefault(_shape(ctx, node.target), [])
            if entry not in updates:
                updates.append(entry)
    return found


def _counter_resets(ctx: Ctx, function: Function) -> set[str]:
    """``self.`` counters a sibling method other than ``__init__`` sets back to a number: such a
    counter is wound back by a reset, so a count down is no more likely than a missing reset."""
    found: set[str] = set()
    for scope in ctx.index.siblings(function) if function.cls else []:
        if scope.name == "__init__":
            continue
        for node in body_nodes(scope.node.body):
            if isinstance(node, cst.Assign) and isinstance(node.value, cst.Integer):
                targets = (ctx.index.code(t.target) for t in node.targets)
                found.update(t for t in targets if t.startswith("self."))
    return found


def _shape(ctx: Ctx, node: cst.CSTNode) -> str:
    """``indegree[after]`` and ``indegree[nxt]`` are the same counter table."""
    if isinstance(node, cst.Subscript):
        return ctx.index.code(node.value) + "[]"
    return ctx.index.code(node)


# -- an attribute stamped only at construction ----------------------------------------------


def stamp_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt, function = ctx.site.node, ctx.site.function
    if function is None or function.cls is None or function.name == "__init__":
        return
    if not isinstance(stmt, cst.SimpleStatementLine) or not _writes_self(ctx, stmt):
        return
    methods = [function, *ctx.index.siblings(function)]
    init = next((m for m in methods if m.name == "__init__"), None)
    if init is None:
        return
    written_later = set().union(*(ctx.index.writes(m) for m in methods if m is not init))
    available = ctx.index.in_scope(function) | BUILTIN_NAMES | {"self"}
    for path in sorted(ctx.index.writes(init) - written_later - _configuration(ctx, init)):
        for value in _stamp_values(ctx, function, methods, path)[:MAX_STAMP_VALUES]:
            if {n.value for n in value_names(value)} <= available:
                code = f"{path} = {ctx.index.code(value)}"
                edit = _insert_after(
                    ctx, code + "\n", "missing state stamp", STAMP_PRIOR, structural=True
                )
                if edit is not None:
                    yield edit


def _configuration(ctx: Ctx, init: Function) -> set[str]:
    """Attributes ``__init__`` copies straight from its parameters: settings, not state."""
    found: set[str] = set()
    for node in body_nodes(init.node.body):
        if not isinstance(node, cst.Assign):
            continue
        if isinstance(node.value, cst.Name) and node.value.value in init.params:
            found |= {ctx.index.code(t.target) for t in node.targets}
    return found


def _writes_self(ctx: Ctx, stmt: cst.SimpleStatementLine) -> bool:
    return any(w.startswith("self.") for w in written_state(stmt, ctx.index.code))


def _stamp_values(
    ctx: Ctx, function: Function, methods: list[Function], path: str
) -> list[cst.BaseExpression]:
    key = ("compared", id(function), path)
    return ctx.index.memo(key, lambda: _compared_with(ctx, path, methods))


def _compared_with(ctx: Ctx, path: str, methods: list[Function]) -> list[cst.BaseExpression]:
    """Expressions the attribute is subtracted from, added to or compared with."""
    found: dict[str, cst.BaseExpression] = {}
    for method in methods:
        for node in body_nodes(method.node.body):
            for a, b in _operand_pairs(node):
                if ctx.index.code(a) == path and path not in ctx.index.code(b):
                    found.setdefault(ctx.index.code(b), b)
    return [v for v in found.values() if not isinstance(v, (cst.Integer, cst.Float))]


def _operand_pairs(node: cst.CSTNode) -> Iterator[tuple[cst.BaseExpression, cst.BaseExpression]]:
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (cst.Add, cst.Subtract)):
        yield node.left, node.right
        yield node.right, node.left
    elif isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        right = node.comparisons[0].comparator
        yield node.left, right
        yield right, node.left


# -- the last group a loop never emits -------------------------------------------------------

_COLLECTORS = frozenset({"append", "extend", "add", "appendleft"})


def flush_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt, function = ctx.site.node, ctx.site.function
    if function is None or not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return
    small = stmt.body[0]
    if not (isinstance(small, cst.Expr) and _is_collect(small.value)):
        return
    loop = _conditional_loop(ctx, stmt)
    if loop is None or not _output_after(ctx, loop, small.value):
        return
    emitted = sole_guard(ctx, stmt) or stmt
    code = ctx.index.code(emitted.with_changes(leading_lines=())).strip()
    new = cst.parse_statement(code + "\n")
    edit = _make(
        ctx,
        "missing final flush",
        FLUSH_PRIOR,
        [(loop, cst.FlattenSentinel([loop, new]))],
        f"missing final flush: repeat `{_show(code)}` after the loop",
    )
    edit.structural = True
    yield edit


def restart_emit_edits(ctx: Ctx) -> Iterator[Edit]:
    """``current = item`` in a branch of the loop, ``merged.append(current)`` after the loop
    and nowhere in it: each finished group is dropped when the next one starts, so the
    emission goes before the restart."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return
    target = small.targets[0].target
    if not isinstance(target, cst.Name) or _reads_name(small.value, target.value):
        return
    loop = _conditional_loop(ctx, stmt)
    if loop is None:
        return
    for emit in _emitted_after(ctx, loop, target.value):
        if emit in ctx.index.code(loop):
            continue
        edit = _insert_before(ctx, emit + "\n", "missing statement", FLUSH_PRIOR, structural=True)
        if edit is not None:
            yield edit


def _reads_name(node: cst.CSTNode, name: str) -> bool:
    return any(n.value == name for n in value_names(node))


def _emitted_after(ctx: Ctx, loop: cst.CSTNode, name: str) -> list[str]:
    """``merged.append(current)`` statements right after the loop that collect ``name``."""
    block = ctx.index.parents.get(loop)
    if not isinstance(block, cst.IndentedBlock):
        return []
    after = list(block.body)[[id(s) for s in block.body].index(id(loop)) + 1 :][:2]
    found: list[str] = []
    for stmt in after:
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        value = small.value if isinstance(small, cst.Expr) else None
        if value is None or not _is_collect(value) or not isinstance(value, cst.Call):
            continue
        if len(value.args) == 1 and ctx.index.code(value.args[0].value) == name:
            found.append(ctx.index.code(value))
    return found


def _output_after(ctx: Ctx, loop: cst.CSTNode, collect: cst.BaseExpression) -> bool:
    """Whether the collection is the loop's output (code after the loop reads it) and that code
    does not already add to it (a flush is there)."""
    block = ctx.index.parents.get(loop)
    if not isinstance(block, (cst.IndentedBlock, cst.Module)):
        return False
    after = list(block.body)[[id(s) for s in block.body].index(id(loop)) + 1 :]
    if not isinstance(collect, cst.Call):  # yield: the consumer reads it
        return not any("yield" in ctx.index.code(s) for s in after)
    assert isinstance(collect.func, cst.Attribute)
    name, callee = ctx.index.code(collect.func.value), ctx.index.code(collect.func)
    reads = any(n.value == name for s in after for n in value_names(s))
    return reads and not any(callee in ctx.index.code(s) for s in after)


def _is_collect(value: cst.BaseExpression) -> bool:
    if isinstance(value, cst.Yield):
        return value.value is not None
    return (
        isinstance(value, cst.Call)
        and isinstance(value.func, cst.Attribute)
        and value.func.attr.value in _COLLECTORS
        and isinstance(value.func.value, cst.Name)
    )


def _conditional_loop(ctx: Ctx, stmt: cst.CSTNode) -> cst.CSTNode | None:
    """The innermost loop around ``stmt`` when ``stmt`` runs only under a condition in it."""
    conditional = False
    child, node = stmt, ctx.index.parents.get(stmt)
    while node is not None and not isinstance(node, (cst.FunctionDef, cst.ClassDef)):
        if isinstance(node, (cst.If, cst.Else)):
            conditional = True
        if isinstance(node, LOOPS):
            return node if conditional and child is node.body else None
        child, node = node, ctx.index.parents.get(node)
    return None
