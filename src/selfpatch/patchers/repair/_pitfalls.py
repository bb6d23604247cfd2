"""Well-known slips whose correct spelling is fixed by convention: a ceiling division that adds
the whole divisor (``(n + d) // d``), a leap year without the 400-year rule, a ``while`` loop
that walks an index down (or up) and guards only the other end of the sequence it indexes, a
search for the next match that resumes from somewhere other than just past the last one
(``start = text.find(opener, end)`` -> ``text.find(opener, start + 1)``), and a loop that tests
the front of a queue and drops its back."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _normal,
    _parse_expr,
    _replace,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    all_nodes,
    callee_name,
    descendants,
    is_int,
    sole_assignment,
)

CEILING_PRIOR = 0.75
LEAP_PRIOR = 0.75
WALK_GUARD_PRIOR = 0.7
FIND_RESUME_PRIOR = 0.45
WRONG_END_PRIOR = 0.7


def pitfall_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots or [ctx.site.node]:
        for node in descendants(root):
            edit = None
            if isinstance(node, cst.BinaryOperation):
                edit = _ceiling(ctx, node)
            elif isinstance(node, cst.BooleanOperation):
                edit = _leap_year(ctx, node)
            elif isinstance(node, cst.Call) and ctx.site.in_loop:
                edit = _find_resume(ctx, node)
            if edit is not None:
                yield edit
    if isinstance(ctx.site.node, cst.While):
        yield from _walk_guards(ctx, ctx.site.node)
        yield from _wrong_end(ctx, ctx.site.node)


def _ceiling(ctx: Ctx, node: cst.BinaryOperation) -> Edit | None:
    """``(n + d) // d`` -> ``(n + d - 1) // d``: rounding up adds one less than the divisor."""
    if not isinstance(node.operator, cst.FloorDivide):
        return None
    left = node.left
    if not isinstance(left, cst.BinaryOperation) or not isinstance(left.operator, cst.Add):
        return None
    code = ctx.index.code
    divisor = code(node.right)
    if code(left.right) != divisor or isinstance(node.right, cst.Integer):
        return None
    new = f"({code(left.left)} + {divisor} - 1) // {divisor}"
    return structural_edit(ctx, node, new, "ceiling division", CEILING_PRIOR)


def _find_resume(ctx: Ctx, node: cst.Call) -> Edit | None:
    """``start = text.find(sub, end)`` in a loop: the next search starts from another
    variable's position; ``start + 1`` resumes just past the match this pass looked at."""
    if not isinstance(node.func, cst.Attribute) or node.func.attr.value not in {"find", "index"}:
        return None
    assign = sole_assignment(ctx.site.node)
    if not isinstance(assign, cst.Assign) or assign.value is not node or len(node.args) != 2:
        return None
    target, resume = assign.targets[0].target, node.args[1].value
    if not isinstance(target, cst.Name) or not isinstance(resume, cst.Name):
        return None
    if resume.value == target.value:
        return None
    new = _parse_expr(f"{target.value} + 1")
    if new is None:
        return None
    return _replace(ctx, resume, new, "incorrect variable", FIND_RESUME_PRIOR)


def _leap_year(ctx: Ctx, node: cst.BooleanOperation) -> Edit | None:
    """``y % 4 == 0 and y % 100 != 0`` -> ``... and (y % 100 != 0 or y % 400 == 0)``: the
    Gregorian rule keeps every fourth century a leap year."""
    code = ctx.index.code
    if not isinstance(node.operator, cst.And):
        return None
    left, right = code(node.left), code(node.right)
    year = left.split("%", 1)[0].strip()
    spelled = (_normal(left), _normal(right))
    if spelled != (f"{year} % 4 == 0", f"{year} % 100 != 0"):
        return None
    new = f"{left} and ({right} or {year} % 400 == 0)"
    return structural_edit(ctx, node, new, "leap year rule", LEAP_PRIOR)


def _walk_guards(ctx: Ctx, loop: cst.While) -> Iterator[Edit]:
    """``while hi < len(s) and s[lo] == s[hi]:`` with ``lo -= 1`` in the body: the index the
    loop walks down is guarded too, ``lo >= 0 and ...`` (and ``i < len(s)`` for one it walks
    up)."""
    test = ctx.index.code(loop.test)
    compared = _compared(loop.test)
    for name, seq, step in _walked_indexes(ctx, loop):
        if name in compared:
            continue
        guard = f"{name} >= 0" if step < 0 else f"{name} < len({seq})"
        edit = structural_edit(
            ctx, loop.test, f"{guard} and {test}", "missing bound", WALK_GUARD_PRIOR
        )
        if edit is not None:
            yield edit


def _wrong_end(ctx: Ctx, loop: cst.While) -> Iterator[Edit]:
    """``while events and events[0][0] <= cutoff: events.pop()``: the test reads the front
    of the queue and the body drops its back; the item tested is the one to go."""
    fronts = {
        ctx.index.code(node.value)
        for node in all_nodes(loop.test)
        if isinstance(node, cst.Subscript)
        and len(node.slice) == 1
        and isinstance(node.slice[0].slice, cst.Index)
        and is_int(node.slice[0].slice.value, 0)
    }
    for node in all_nodes(loop.body):
        if not isinstance(node, cst.Call) or node.args or not isinstance(node.func, cst.Attribute):
            continue
        if node.func.attr.value == "pop" and ctx.index.code(node.func.value) in fronts:
            queue = ctx.index.code(node.func.value)
            for code in (f"{queue}.popleft()", f"{queue}.pop(0)"):
                edit = structural_edit(ctx, node, code, "incorrect method called", WRONG_END_PRIOR)
                if edit is not None:
                    yield edit


def _walked_indexes(ctx: Ctx, loop: cst.While) -> list[tuple[str, str, int]]:
    """``(index, sequence, direction)`` for each plain name the test subscripts a sequence
    with and the body moves by ``+= 1`` or ``-= 1``."""
    steps = _steps(loop.body)
    found: dict[str, tuple[str, str, int]] = {}
    for node in all_nodes(loop.test):
        if not isinstance(node, cst.Subscript) or len(node.slice) != 1:
            continue
        index = node.slice[0].slice
        if isinstance(index, cst.Index) and isinstance(index.value, cst.Name):
            name = index.value.value
            if name in steps and name not in found:
                found[name] = (name, ctx.index.code(node.value), steps[name])
    return list(found.values())


def _steps(body: cst.CSTNode) -> dict[str, int]:
    steps: dict[str, int] = {}
    for node in all_nodes(body):
        if not isinstance(node, cst.AugAssign) or not isinstance(node.target, cst.Name):
            continue
        if is_int(node.value, 1):
            if isinstance(node.operator, cst.SubtractAssign):
                steps[node.target.value] = -1
            elif isinstance(node.operator, cst.AddAssign):
                steps[node.target.value] = 1
    return steps


def _compared(test: cst.BaseExpression) -> set[str]:
    """Names the test already compares (``hi < len(s)``, ``0 <= lo``) or passes to a call."""
    names: set[str] = set()
    for node in all_nodes(test):
        if isinstance(node, cst.Comparison):
            names |= {n.value for n in all_nodes(node) if isinstance(n, cst.Name)} - _indexed(node)
        elif isinstance(node, cst.Call) and callee_name(node) not in ("len", None):
            names |= {n.value for n in all_nodes(node) if isinstance(n, cst.Name)}
    return names


def _indexed(node: cst.CSTNode) -> set[str]:
    """Names a comparison reads only as subscripts (``s[lo] == s[hi]`` compares items, not
    the indexes)."""
    return {
        n.value
        for sub in all_nodes(node)
        if isinstance(sub, cst.Subscript)
        for n in all_nodes(sub.slice[0])
        if isinstance(n, cst.Name)
    }
