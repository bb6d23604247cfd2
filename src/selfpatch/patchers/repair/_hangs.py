"""Where a hang comes from: a loop that never ends either tests the wrong thing or updates its
variables the wrong way. When the failing run timed out, the ``while`` headers and the statements
in their bodies that write a variable the header reads are the likeliest sites."""

from __future__ import annotations

import libcst as cst

from selfpatch.patchers.repair._index import FileIndex, bound_names, value_names

HANG_BOOST = 2.0


def loop_progress_lines(index: FileIndex) -> frozenset[int]:
    lines: set[int] = set()
    for site in index.sites:
        loop = site.node
        if not isinstance(loop, cst.While):
            continue
        lines |= site.lines
        tested = {n.value for n in value_names(loop.test)}
        span = index.positions[loop.body]
        for inner in index.sites:
            inside = span.start.line <= min(inner.lines, default=0) <= span.end.line
            if inside and _writes(inner.node) & tested:
                lines |= inner.lines
    return frozenset(lines)


def _writes(stmt: cst.CSTNode) -> set[str]:
    if not isinstance(stmt, cst.SimpleStatementLine):
        return set()
    names: set[str] = set()
    for small in stmt.body:
        if isinstance(small, cst.AugAssign):
            names |= {n.value for n in bound_names(small.target)}
        elif isinstance(small, cst.Assign):
            for target in small.targets:
                names |= {n.value for n in bound_names(target.target)}
    return names
