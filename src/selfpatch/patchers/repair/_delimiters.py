"""A scan that stops at a closing delimiter and never steps over it: after ``if line[i] ==
'"': i += 1`` a loop ``while i < n and line[i] != '"'`` reads up to the closing quote, and
the cursor is left on it, so the next token starts with the quote. The cursor moves past it
right after the loop (``i += 1``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _parent
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import descendants

CLOSING_DELIMITER_PRIOR = 0.6


def closing_delimiter_edits(ctx: Ctx) -> Iterator[Edit]:
    loop, block = ctx.site.node, ctx.site.block
    if not isinstance(loop, cst.While) or block is None:
        return
    for cursor, delimiter in _stops_at(ctx, loop.test):
        before, after = block[: ctx.site.index], block[ctx.site.index + 1 :]
        if _opened_by(ctx, before, cursor, delimiter) and not _is_step(after[:1], cursor):
            step = f"{cursor} += 1\n"
            edit = _insert_after(
                ctx, step, "missing statement", CLOSING_DELIMITER_PRIOR, structural=True
            )
            if edit is not None:
                yield edit
            return


def _stops_at(ctx: Ctx, test: cst.BaseExpression) -> Iterator[tuple[str, str]]:
    """``(i, '"')`` for each ``s[i] != '"'`` in the loop's test."""
    for node in descendants(test):
        found = _indexed_comparison(ctx, node, cst.NotEqual)
        if found is not None:
            yield found


def _indexed_comparison(
    ctx: Ctx, node: cst.CSTNode, operator: type[cst.BaseCompOp]
) -> tuple[str, str] | None:
    """``(i, '"')`` for ``s[i] <operator> '"'``."""
    if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
        return None
    target = node.comparisons[0]
    left, right = node.left, target.comparator
    if not isinstance(target.operator, operator) or not isinstance(right, cst.SimpleString):
        return None
    if not (isinstance(left, cst.Subscript) and len(left.slice) == 1):
        return None
    index = left.slice[0].slice
    if not (isinstance(index, cst.Index) and isinstance(index.value, cst.Name)):
        return None
    return index.value.value, ctx.index.code(right)


def _opened_by(ctx: Ctx, earlier: Sequence[cst.BaseStatement], cursor: str, delimiter: str) -> bool:
    """Whether the ``if`` (or loop) around the scan tested ``s[cursor] == delimiter``, the
    opening one, and a statement in front of the scan stepped over it (``cursor += 1``)."""
    block = _parent(ctx, ctx.site.node)
    guard = _parent(ctx, block) if isinstance(block, cst.IndentedBlock) else None
    tests = [guard.test] if isinstance(guard, (cst.If, cst.While)) else []
    opened = any(
        _indexed_comparison(ctx, node, cst.Equal) == (cursor, delimiter)
        for test in tests
        for node in descendants(test)
    )
    return opened and any(_is_step([stmt], cursor) for stmt in earlier)


def _is_step(statements: Sequence[cst.BaseStatement], cursor: str) -> bool:
    """Whether ``statements`` is one statement, ``cursor += <integer>``."""
    if len(statements) != 1 or not isinstance(statements[0], cst.SimpleStatementLine):
        return False
    small = statements[0].body[0]
    return (
        isinstance(small, cst.AugAssign)
        and isinstance(small.operator, cst.AddAssign)
        and isinstance(small.target, cst.Name)
        and small.target.value == cursor
        and isinstance(small.value, cst.Integer)
    )
