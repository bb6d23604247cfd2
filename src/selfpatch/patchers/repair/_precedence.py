"""Which match wins: a loop that returns or stops at the first item its test accepts gives the
earliest item precedence. When later items are meant to win (overrides added over time, the
newest rule, the last definition, the innermost scope of a stack), the loop walks the items
backwards: ``for rule in self.overrides`` -> ``for rule in reversed(self.overrides)``. The
code's own comments and docstrings often say which one wins, and a stack shows its top where
the code reads ``stack[-1]``; without such signs the edit is a weak guess."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._calls import _add_arg
from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, value_names

FIRST_MATCH_PRIOR = 0.3
STACK_PRIOR = 0.55
LATER_WINS_PRIOR = 0.65
STACK_WORDS = frozenset({"stack", "stacks", "scopes", "frames", "layers", "overrides"})
LATER_WINS = re.compile(
    r"\b(later|last|latest|newest|most recent|recent)\b[^.\n]{0,40}\b(wins?|override|overrides"
    r"|takes? precedence|prevails?)\b",
    re.IGNORECASE,
)


def first_match_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, cst.Name | cst.Attribute):
        return
    if not _stops_at_match(loop):
        return
    new = _parse_expr(f"reversed({ctx.index.code(loop.iter)})")
    if new is None:
        return
    later_wins = ctx.index.memo(("later wins",), lambda: bool(LATER_WINS.search(ctx.index.source)))
    prior = LATER_WINS_PRIOR if later_wins else FIRST_MATCH_PRIOR
    if not later_wins and _stack_like(ctx, loop.iter):
        prior = STACK_PRIOR
    edit = _replace(ctx, loop.iter, new, "missing function call", prior)
    edit.structural = later_wins
    yield edit
    for sort in _lowest_bound_first(ctx, loop):  # set the order where it is sorted: ties keep
        flipped = _add_arg(ctx, sort, "reverse=True", "missing keyword argument", STACK_PRIOR)
        flipped.structural = True  # the order they came in
        yield flipped


_AT_MOST = (cst.LessThanEqual, cst.LessThan)


def _lowest_bound_first(ctx: Ctx, loop: cst.For) -> list[cst.Call]:
    """The ascending sorts of the items, when ``for threshold, channel in self._routes: if
    level >= threshold: return channel`` walks routes the file sorts ascending
    (``self._routes.sort(key=...)``): a value that reaches any threshold reaches the first,
    lowest one, so no later item can ever be chosen."""
    items = ctx.index.code(loop.iter)
    sorts = [
        n
        for n in all_nodes(ctx.index.module)
        if isinstance(n, cst.Call)
        and isinstance(n.func, cst.Attribute)
        and n.func.attr.value == "sort"
        and ctx.index.code(n.func.value) == items
    ]
    if not sorts or any(a.keyword and a.keyword.value == "reverse" for n in sorts for a in n.args):
        return []
    targets = {n.value for n in value_names(loop.target)}
    for stmt in loop.body.body:
        test = stmt.test if isinstance(stmt, cst.If) else None
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
            op, right = test.comparisons[0].operator, test.comparisons[0].comparator
            # the item is a lower bound: ``level >= threshold`` or ``threshold <= level``
            at_least = isinstance(op, (cst.GreaterThanEqual, cst.GreaterThan))
            bound = right if at_least else test.left if isinstance(op, _AT_MOST) else None
            if isinstance(bound, cst.Name) and bound.value in targets:
                return sorts
    return []


def _stack_like(ctx: Ctx, items: cst.BaseExpression) -> bool:
    """Named as a stack (``scopes``, ``frames``), or read at its top, ``items[-1]``."""
    code = ctx.index.code(items)
    words = set(code.rsplit(".", 1)[-1].lower().split("_"))
    return bool(words & STACK_WORDS) or ctx.index.mentions(f"{code}[-1]")


def _stops_at_match(loop: cst.For) -> bool:
    """An ``if`` of the loop's own body returns or breaks: the first accepted item decides."""
    for stmt in loop.body.body:
        if isinstance(stmt, cst.If):
            for node in all_nodes(stmt.body):
                if isinstance(node, (cst.Return, cst.Break)):
                    return True
    return False
