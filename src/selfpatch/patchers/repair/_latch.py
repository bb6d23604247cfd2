"""A latch that is never released: ``start = None`` before a loop, ``if start is None: ...
start = i`` in it, and nothing ever sets it back, so once set it marks every later pass as
part of the first span. The statement that hands the latched value on
(``values.append(buffer[start:i + 1])``) closes the span; the missing line after it sets the
latch back: ``start = None``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _parent
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, sole_assignment
from selfpatch.patchers.repair._loops import _binding_counts, _is_initial, _reads, _rebinds

LATCH_PRIOR = 0.5


def released_latch_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not ctx.site.in_loop or not isinstance(stmt, cst.SimpleStatementLine):
        return
    latches = ctx.index.memo(("latches", id(function)), lambda: _latches(ctx, function))
    for name, initial in latches.items():
        if _reads(stmt, name) and name not in _bound_by(stmt) and not _guarded_by(ctx, name):
            edit = _insert_after(
                ctx, f"{name} = {initial}\n", "missing statement", LATCH_PRIOR, structural=True
            )
            if edit is not None:
                yield edit


def _latches(ctx: Ctx, function: Function) -> dict[str, str]:
    """``name -> initial`` for each local bound to ``None`` or a literal at the top of the
    body and otherwise only inside ``if name is None:`` (``if name == initial:``) blocks."""
    initial: dict[str, str] = {}
    for stmt in function.node.body.body:
        assignment = sole_assignment(stmt)
        if isinstance(assignment, cst.Assign) and _is_initial(assignment.value, ()):
            for target in assignment.targets:
                if isinstance(target.target, cst.Name):
                    initial[target.target.value] = ctx.index.code(assignment.value)
    inside: dict[str, int] = {}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.If) and (name := _tested_latch(ctx, node.test, initial)):
            inside[name] = inside.get(name, 0) + sum(
                _rebinds(inner).count(name) for inner in all_nodes(node.body)
            )
    counts = _binding_counts(function)
    return {
        name: value
        for name, value in initial.items()
        if inside.get(name) and counts[name] == inside[name] + 1
    }


def _tested_latch(ctx: Ctx, test: cst.BaseExpression, initial: dict[str, str]) -> str | None:
    """The name of ``name is None`` / ``name == initial``, when ``name`` has that initial."""
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    if not isinstance(test.comparisons[0].operator, (cst.Is, cst.Equal)):
        return None
    left, right = test.left, test.comparisons[0].comparator
    if isinstance(left, cst.Name) and initial.get(left.value) == ctx.index.code(right):
        return left.value
    return None


def _bound_by(stmt: cst.SimpleStatementLine) -> set[str]:
    return {name for node in all_nodes(stmt) for name in _rebinds(node)}


def _guarded_by(ctx: Ctx, name: str) -> bool:
    """Whether the site sits inside the latch's own ``if name is None:`` block."""
    node = _parent(ctx, ctx.site.node)
    while node is not None and not isinstance(node, cst.FunctionDef):
        if isinstance(node, cst.If) and ctx.index.code(node.test).startswith(f"{name} "):
            return True
        node = _parent(ctx, node)
    return False
