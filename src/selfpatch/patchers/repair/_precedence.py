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

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes

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
