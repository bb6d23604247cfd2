"""A bound the file applies in one place and forgets in another: ``min(policy.cap, ...)`` in
``_ceiling`` and a bare ``rng.uniform(policy.base, previous * 3)`` returned beside it. The
value a function returns or assigns, where the bound's names are in scope, is clamped alike.

A level that refills without its ceiling: ``bucket.tokens = bucket.tokens + elapsed *
self.rate`` in a class with a ``capacity`` field grows past it; the refill stops there:
``min(self.capacity, bucket.tokens + elapsed * self.rate)``.

And the share of an amount inside a band: a loop over bands that stops where ``income <=
bracket.lower`` measures ``upper - bracket.lower``, the whole band, where only the part below
the amount counts: ``min(income, upper) - bracket.lower``.

And a value read bare where another method reads it clamped: ``tat = self._tat`` beside
``max(self._tat, now) - now`` reads the clamp the file spells: ``max(self._tat, now)``."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _parse_expr, _parse_stmt, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, callee_name, value_names

CLAMP_PRIOR = 0.4
_VALUES = (cst.Call, cst.BinaryOperation, cst.Name, cst.Attribute, cst.Subscript)


def missing_clamp_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    clamps = ctx.index.memo(("clamps",), lambda: _clamps(ctx.index))
    value = _produced(stmt)
    if not clamps or value is None:
        return
    scope = ctx.index.in_scope(function)
    code = ctx.index.code(value)
    for callee, bound in clamps:
        bound_code = ctx.index.code(bound)
        if bound_code in code or not {n.value for n in value_names(bound)} <= scope:
            continue
        new = _parse_expr(f"{callee}({bound_code}, {code})")
        if new is not None:
            yield _replace(ctx, value, new, "missing function call", CLAMP_PRIOR)
    for clamp in ctx.index.memo(("clamped reads",), lambda: _clamped(ctx.index)).get(code, []):
        if {n.value for a in clamp.args for n in value_names(a.value)} <= scope:
            yield _replace(ctx, value, clamp, "missing function call", CLAMPED_READ_PRIOR)


CLAMPED_READ_PRIOR = 0.5


def _clamped(index: FileIndex) -> dict[str, list[cst.Call]]:
    """``value -> [clamp]`` for the two-argument ``min``/``max`` calls of the file, under each
    of their arguments: ``max(self._tat, now)`` under ``self._tat`` (and ``now``), for a method
    that reads ``self._tat`` bare. One walk of the file serves every site."""
    found: dict[str, dict[str, cst.Call]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, cst.Call) or callee_name(node) not in {"min", "max"}:
            continue
        if len(node.args) == 2:
            for arg in node.args:
                found.setdefault(index.code(arg.value), {}).setdefault(index.code(node), node)
    return {value: list(calls.values()) for value, calls in found.items()}


CEILING_PRIOR = 0.45
CEILING_WORDS = re.compile(r"^_?(capacity|cap|burst|ceiling|limit|max_\w+|\w+_max)$")


def ceiling_edits(ctx: Ctx) -> Iterator[Edit]:
    """``level = level + more`` (or ``level += more``) in a method of a class with a field
    named as a ceiling (``capacity``, ``max_tokens``): ``min(self.capacity, level + more)``."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or function.cls is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    grown = _grown(ctx, stmt.body[0])
    ceilings = sorted(f for f in ctx.index.class_fields().get(function.cls, set())
                      if CEILING_WORDS.match(f))  # fmt: skip
    if grown is None or not ceilings or "min(" in ctx.index.code(stmt):
        return
    target, total = grown
    for ceiling in ceilings:
        new = _parse_stmt(f"{target} = min(self.{ceiling}, {total})\n")
        if new is not None:
            description = f"missing function call: `{target}` stops at `self.{ceiling}`"
            edit = _make(ctx, "missing function call", CEILING_PRIOR, [(stmt, new)], description)
            edit.structural = True
            yield edit


def _grown(ctx: Ctx, small: cst.BaseSmallStatement) -> tuple[str, str] | None:
    """(target, new total) of ``x = x + more`` or ``x += more`` on an attribute."""
    code = ctx.index.code
    if isinstance(small, cst.AugAssign):
        target, operator = small.target, small.operator
        if isinstance(target, cst.Attribute) and isinstance(operator, cst.AddAssign):
            return code(target), f"{code(target)} + {code(small.value)}"
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return None
    target, value = small.targets[0].target, small.value
    if not isinstance(value, cst.BinaryOperation) or not isinstance(value.operator, cst.Add):
        return None
    if isinstance(target, cst.Attribute) and code(value.left) == code(target):
        return code(target), code(value)
    return None


BAND_PRIOR = 0.5


def band_share_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = _enclosing_for(ctx)
    if loop is None:
        return
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.BinaryOperation) or not isinstance(
                node.operator, cst.Subtract
            ):
                continue
            if not isinstance(node.left, (cst.Name, cst.Attribute)):
                continue
            lower = ctx.index.code(node.right)
            for amount in _compared_with(ctx, loop, lower):
                if amount in ctx.index.code(node.left):
                    continue
                new = _parse_expr(f"min({amount}, {ctx.index.code(node.left)})")
                if new is not None:
                    yield _replace(ctx, node.left, new, "missing function call", BAND_PRIOR)


def _enclosing_for(ctx: Ctx) -> cst.For | None:
    node: cst.CSTNode | None = ctx.site.node
    while node is not None and not isinstance(node, (cst.FunctionDef, cst.For)):
        node = ctx.index.parents.get(node)
    return node if isinstance(node, cst.For) else None


def _compared_with(ctx: Ctx, loop: cst.For, lower: str) -> list[str]:
    """The names the loop body orders against ``lower`` (``income <= bracket.lower``)."""
    found: list[str] = []
    for node in all_nodes(loop.body):
        if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
            continue
        left, right = node.left, node.comparisons[0].comparator
        for mine, other in ((left, right), (right, left)):
            if ctx.index.code(other) == lower and isinstance(mine, cst.Name):
                found.append(mine.value)
    return list(dict.fromkeys(found))


def _clamps(index: FileIndex) -> list[tuple[str, cst.BaseExpression]]:
    """(``min`` or ``max``, bound) of each two-argument clamp in the file whose bound is an
    attribute (``min(policy.cap, ...)``) or a constant (``max(MIN_DELAY, ...)``), each once."""
    found: dict[str, tuple[str, cst.BaseExpression]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, cst.Call) or callee_name(node) not in {"min", "max"}:
            continue
        if len(node.args) != 2 or any(a.keyword or a.star for a in node.args):
            continue
        callee = callee_name(node)
        for arg in node.args:
            bound = arg.value
            if isinstance(bound, cst.Attribute) or (
                isinstance(bound, cst.Name) and bound.value.isupper()
            ):
                found.setdefault(f"{callee} {index.code(bound)}", (callee, bound))
    return list(found.values())


def _produced(stmt: cst.SimpleStatementLine) -> cst.BaseExpression | None:
    """The value a ``return`` or single assignment produces, when it is a computed value."""
    small = stmt.body[0]
    value = small.value if isinstance(small, cst.Return | cst.Assign | cst.AugAssign) else None
    return value if isinstance(value, _VALUES) else None
