"""A slice missing a bound its neighbours give: ``result[lo:] = merge(result[lo:mid],
result[mid:hi])`` runs to the end where the run ends at ``hi``. The bound is taken from the
other slices of the same sequence in the function, upper bounds for an upper bound.

And a window given by a start and a length: ``lines[start:limit]`` ends at ``limit`` where it
ends ``limit`` items after its start, ``lines[start:start + limit]``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import body_nodes, bound_names, descendants
from selfpatch.patchers.repair._loops import _small_events

MISSING_BOUND_PRIOR = 0.5
MAX_BOUNDS = 3


def missing_bound_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            element = _sole_slice(node)
            if element is None or element.step is not None:
                continue
            assert isinstance(node, cst.Subscript)
            sequence = ctx.index.code(node.value)
            for bound in ("lower", "upper"):
                if getattr(element, bound) is not None:
                    continue
                for value in _bounds(ctx, function.node, sequence, bound)[:MAX_BOUNDS]:
                    new_slice = element.with_changes(**{bound: value})
                    new = node.with_changes(slice=[node.slice[0].with_changes(slice=new_slice)])
                    yield _replace(ctx, node, new, "missing slice bound", MISSING_BOUND_PRIOR)


LENGTH_PRIOR = 0.55
LENGTH_WORDS = ("limit", "count", "size", "length", "len", "width", "n", "k", "max", "window")


def window_length_edits(ctx: Ctx) -> Iterator[Edit]:
    """``seq[start:limit]`` -> ``seq[start:start + limit]`` when the upper bound is named like
    a length and the lower bound is not a literal: a count is not a position."""
    for root in ctx.site.roots:
        for node in descendants(root):
            element = _sole_slice(node)
            if element is None or element.step is not None or element.lower is None:
                continue
            lower, upper = element.lower, element.upper
            if upper is None or isinstance(lower, cst.Integer) or not _names_length(ctx, upper):
                continue
            code = ctx.index.code
            start = code(lower) if _binds_as_addend(lower) else f"({code(lower)})"
            new_upper = _parse_expr(f"{start} + {code(upper)}")
            if new_upper is not None:
                yield _replace(ctx, upper, new_upper, "incorrect array slice", LENGTH_PRIOR)


def _binds_as_addend(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.BinaryOperation):
        return not isinstance(node.operator, (cst.BitAnd, cst.BitOr, cst.BitXor))
    return isinstance(node, (cst.Name, cst.Attribute, cst.Call, cst.Subscript))


def _names_length(ctx: Ctx, node: cst.BaseExpression) -> bool:
    name = ctx.index.code(node).rsplit(".", 1)[-1]
    if not isinstance(node, (cst.Name, cst.Attribute)):
        return False
    words = name.lower().strip("_").split("_")
    return any(w in LENGTH_WORDS for w in words)


def _sole_slice(node: cst.CSTNode) -> cst.Slice | None:
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        element = node.slice[0].slice
        return element if isinstance(element, cst.Slice) else None
    return None


def _bounds(
    ctx: Ctx, function: cst.FunctionDef, sequence: str, bound: str
) -> list[cst.BaseExpression]:
    """The distinct non-literal ``bound`` values of the function's other slices of ``sequence``,
    most used first."""
    counts: dict[str, int] = {}
    values: dict[str, cst.BaseExpression] = {}
    for node in body_nodes(function.body):
        element = _sole_slice(node)
        if element is None or not isinstance(node, cst.Subscript):
            continue
        value = getattr(element, bound)
        if ctx.index.code(node.value) != sequence or value is None:
            continue
        if isinstance(value, (cst.Integer, cst.UnaryOperation)):
            continue
        code = ctx.index.code(value)
        counts[code] = counts.get(code, 0) + 1
        values.setdefault(code, value)
    return [values[code] for code in sorted(counts, key=lambda c: -counts[c])]


CONSUMED_PRIOR = 0.6
_SUMS = (cst.Add, cst.Subtract)


def consumed_advance_edits(ctx: Ctx) -> Iterator[Edit]:
    """A cursor that moves on by less (or more) than the slice just read from it took:
    ``out += data[i:i + n + 1]`` and then ``i += n`` reads the last byte again; the cursor
    advances by the slice's length, ``i += n + 1``."""
    stmt, block = ctx.site.node, ctx.site.block
    if block is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    update = stmt.body[0]
    if not (isinstance(update, cst.AugAssign) and isinstance(update.operator, cst.AddAssign)):
        return
    if not isinstance(update.target, cst.Name):
        return
    step = " ".join(ctx.index.code(update.value).split())
    for length in _lengths_read(ctx, block[: ctx.site.index], update.target.value):
        if length != step:
            edit = structural_edit(ctx, update.value, length, "off-by-one", CONSUMED_PRIOR)
            if edit is not None:
                yield edit
        return


def _lengths_read(ctx: Ctx, earlier: Sequence[cst.BaseStatement], cursor: str) -> Iterator[str]:
    """The lengths of ``seq[cursor:cursor + length]`` slices in the simple statements of
    ``earlier`` since the cursor last moved, nearest first."""
    for stmt in reversed(earlier):
        if not isinstance(stmt, cst.SimpleStatementLine) or _moves(stmt, cursor):
            return
        for node in descendants(stmt):
            element = _sole_slice(node)
            if element is None or element.step is not None:
                continue
            lower, upper = element.lower, element.upper
            if not (isinstance(lower, cst.Name) and lower.value == cursor):
                continue
            if not (isinstance(upper, cst.BinaryOperation) and isinstance(upper.operator, _SUMS)):
                continue
            code = " ".join(ctx.index.code(upper).split())
            if code.startswith(f"{cursor} + "):  # `i + n + 1` is `i + (n + 1)`
                yield code[len(cursor) + 3 :]


def _moves(stmt: cst.SimpleStatementLine, cursor: str) -> bool:
    for small in stmt.body:
        if isinstance(small, cst.AnnAssign):
            written = {n.value for n in bound_names(small.target)}
        else:
            written = _small_events(small)[1]
        if cursor in written:
            return True
    return False
