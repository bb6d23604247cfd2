"""Which match wins: a loop that returns or stops at the first item its test accepts gives the
earliest item precedence. When later items are meant to win (overrides added over time, the
newest rule, the last definition), the loop walks the items backwards: ``for rule in
self.overrides`` -> ``for rule in reversed(self.overrides)``. The code's own comments and
docstrings often say which one wins; without such words the edit is a weak guess."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes

FIRST_MATCH_PRIOR = 0.3
LATER_WINS_PRIOR = 0.65
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
    edit = _replace(ctx, loop.iter, new, "missing function call", prior)
    edit.structural = later_wins
    yield edit


def _stops_at_match(loop: cst.For) -> bool:
    """An ``if`` of the loop's own body returns or breaks: the first accepted item decides."""
    for stmt in loop.body.body:
        if isinstance(stmt, cst.If):
            for node in all_nodes(stmt.body):
                if isinstance(node, (cst.Return, cst.Break)):
                    return True
    return False
