"""A call guarded everywhere but here: ``flush`` returns ``self._cut() if self._pending else
None``, while ``add`` runs ``if not self._fits(request): closed = self._cut()`` and cuts an
empty batch when the first request is already too big. The condition the sibling code puts
around the same method call is the clause this condition is missing.

The same holds for a clause itself: ``is_open`` tests ``day.weekday() not in WEEKEND and day
not in holidays`` while ``business_seconds`` tests only ``day.weekday() not in WEEKEND``. Where
another function joins a clause of this condition with more clauses, written over names this
function has too, those clauses are candidates for the missing part."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _make,
    _paren,
    _parse_expr,
    _parse_stmt,
    _replace,
    renamed,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, chain_operands, value_names

SIBLING_GUARD_PRIOR = 0.55


def sibling_guard_edits(ctx: Ctx) -> Iterator[Edit]:
    node = ctx.site.node
    if not isinstance(node, cst.If):
        return
    guards = ctx.index.memo(("call guards",), lambda: _call_guards(ctx.index))
    test = ctx.index.code(node.test)
    clauses = {ctx.index.code(c) for c in chain_operands(node.test)}
    seen: set[str] = set()
    for call in _self_calls(ctx.index, node.body):
        for guard in guards.get(call, []):
            if guard in clauses or guard in seen:
                continue
            seen.add(guard)
            edit = structural_edit(
                ctx,
                node.test,
                f"{guard} and {_paren(node.test, test, cst.And)}",
                "missing condition",
                SIBLING_GUARD_PRIOR,
            )
            if edit is not None:
                yield edit


def _call_guards(index: FileIndex) -> dict[str, list[str]]:
    """For each ``self.method``: the conditions code puts around its calls."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, (cst.IfExp, cst.If)) or not _is_presence(node.test):
            continue
        guard = index.code(node.test)
        for call in _self_calls(index, node.body):
            if guard not in found.setdefault(call, []):
                found[call].append(guard)
    return found


def _is_presence(test: cst.BaseExpression) -> bool:
    """``self.pending``, ``not self.closed``, ``item is not None``: a check that there is
    something to act on, the kind of guard that belongs around every such call."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        test = test.expression
    if isinstance(test, (cst.Name, cst.Attribute)):
        return True
    return (
        isinstance(test, cst.Comparison)
        and len(test.comparisons) == 1
        and isinstance(test.comparisons[0].operator, (cst.Is, cst.IsNot))
    )


def _self_calls(index: FileIndex, node: cst.CSTNode) -> list[str]:
    return [
        index.code(n.func)
        for n in all_nodes(node)
        if isinstance(n, cst.Call)
        and isinstance(n.func, cst.Attribute)
        and index.code(n.func.value) == "self"
    ]


SIBLING_CLAUSE_PRIOR = 0.5
MAX_SIBLING_CLAUSES = 3


def sibling_clause_edits(ctx: Ctx) -> Iterator[Edit]:
    """``day.weekday() not in WEEKEND`` -> ``... and day not in holidays`` when another
    function joins the same clause with ``day not in holidays`` and ``day`` and ``holidays``
    are in scope here."""
    node, function = ctx.site.node, ctx.site.function
    if not isinstance(node, (cst.If, cst.While)) or function is None:
        return
    joined = ctx.index.memo(("joined clauses",), lambda: _joined_clauses(ctx.index))
    scope = ctx.index.in_scope(function)
    present = {ctx.index.code(c) for c in chain_operands(node.test)}
    found = 0
    for clause in chain_operands(node.test):
        for owner, extra in joined.get(ctx.index.code(clause), []):
            if owner is function.node or extra.code in present:
                continue
            if not extra.names <= scope or found >= MAX_SIBLING_CLAUSES:
                continue
            present.add(extra.code)
            found += 1
            edit = structural_edit(
                ctx,
                clause,
                f"{_paren(clause, ctx.index.code(clause))} and {extra.code}",
                "missing condition",
                SIBLING_CLAUSE_PRIOR,
            )
            if edit is not None:
                yield edit


class _Clause:
    __slots__ = ("code", "names")

    def __init__(self, index: FileIndex, node: cst.BaseExpression) -> None:
        self.code = _paren(node, index.code(node))
        self.names = {n.value for n in value_names(node)}


def _joined_clauses(index: FileIndex) -> dict[str, list[tuple[cst.CSTNode, _Clause]]]:
    """For each clause of an ``and`` chain: (function, clause) of the clauses beside it."""
    found: dict[str, list[tuple[cst.CSTNode, _Clause]]] = {}
    for function in index.functions:
        for node in all_nodes(function.node.body):
            parent = index.parents.get(node)
            if not _is_and(node) or _is_and(parent):
                continue
            assert isinstance(node, cst.BooleanOperation)
            clauses = chain_operands(node)
            for clause in clauses:
                others = [_Clause(index, c) for c in clauses if c is not clause]
                found.setdefault(index.code(clause), []).extend(
                    (function.node, other) for other in others
                )
    return found


def _is_and(node: cst.CSTNode | None) -> bool:
    return isinstance(node, cst.BooleanOperation) and isinstance(node.operator, cst.And)


SIBLING_FILTER_PRIOR = 0.55


def sibling_filter_edits(ctx: Ctx) -> Iterator[Edit]:
    """``for provider in self.providers:`` next to ``[p.name for p in self.providers if not
    self.cooling_down(p.name)]``: the loop skips what the sibling comprehension filters out."""
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.target, cst.Name):
        return
    if not isinstance(loop.body, cst.IndentedBlock) or not loop.body.body:
        return
    filters = ctx.index.memo(("comprehension filters",), lambda: _filters(ctx.index))
    first = loop.body.body[0]
    body = ctx.index.code(loop.body)
    for target, test in filters.get(ctx.index.code(loop.iter), []):
        skip = _negated(ctx, renamed(test, target, loop.target.value))
        if skip in body:
            continue
        guard = _parse_stmt(f"if {skip}:\n    continue\n")
        if guard is None:
            continue
        edit = _make(ctx, "missing condition", SIBLING_FILTER_PRIOR,
                     [(first, cst.FlattenSentinel([guard, first]))],
                     f"missing condition: skip items where `{skip}` in the loop")  # fmt: skip
        edit.structural = True
        yield edit


def sibling_comprehension_filter_edits(ctx: Ctx) -> Iterator[Edit]:
    """``[s for s in self._states if s.cooldown_until <= now]`` next to ``[... for state in
    self._states if not state.revoked]``: the comprehension keeps what the sibling filters out,
    and gets the sibling's condition beside its own."""
    filters = ctx.index.memo(("comprehension filters",), lambda: _filters(ctx.index))
    for root in ctx.site.roots:
        for comp in (n for n in all_nodes(root) if isinstance(n, cst.CompFor)):
            if not isinstance(comp.target, cst.Name) or len(comp.ifs) > 1:
                continue
            own = comp.ifs[0].test if comp.ifs else None
            own_code = ctx.index.code(own) if own is not None else ""
            for target, test in filters.get(ctx.index.code(comp.iter), []):
                clause = ctx.index.code(renamed(test, target, comp.target.value))
                if clause in own_code:
                    continue
                joined = f"{_paren(own, own_code, cst.And)} and {clause}" if own else clause
                new_test = _parse_expr(joined)
                if new_test is None:
                    continue
                new_ifs = [cst.CompIf(test=new_test)]
                edit = _replace(ctx, comp, comp.with_changes(ifs=new_ifs), "missing condition",
                                SIBLING_FILTER_PRIOR)  # fmt: skip
                edit.structural = True
                yield edit


def _filters(index: FileIndex) -> dict[str, list[tuple[str, cst.BaseExpression]]]:
    """For each iterable: (target, condition) of the comprehensions that filter it."""
    found: dict[str, list[tuple[str, cst.BaseExpression]]] = {}
    for node in all_nodes(index.module):
        if isinstance(node, cst.CompFor) and isinstance(node.target, cst.Name):
            for condition in node.ifs:
                found.setdefault(index.code(node.iter), []).append(
                    (node.target.value, condition.test)
                )
    return found


_OPPOSITES: dict[type[cst.BaseCompOp], type[cst.BaseCompOp]] = {
    cst.In: cst.NotIn, cst.NotIn: cst.In, cst.Is: cst.IsNot, cst.IsNot: cst.Is,
    cst.Equal: cst.NotEqual, cst.NotEqual: cst.Equal,
}  # fmt: skip


def _negated(ctx: Ctx, test: cst.BaseExpression) -> str:
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        return ctx.index.code(test.expression)
    if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
        target = test.comparisons[0]
        opposite = _OPPOSITES.get(type(target.operator))
        if opposite is not None:
            flipped = target.with_changes(operator=opposite())
            return ctx.index.code(test.with_changes(comparisons=[flipped]))
    return f"not ({ctx.index.code(test)})"
