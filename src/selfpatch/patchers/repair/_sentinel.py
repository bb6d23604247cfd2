"""A running minimum or maximum that starts from the wrong sentinel: ``mins = [0] * n`` kept
by ``if value < mins[i]: mins[i] = value`` never moves for non-negative values. The start
value is the opposite extreme: a constant the module defines for it (``_MAX_HASH``,
``MIN_SCORE``), else infinity.

The same slip in an estimate: ``if len(samples) < self.min_samples: return 0.0`` makes the
measure a caller minimizes or compares with a budget look best exactly when nothing is known;
infinity keeps the unknown out of the way. Or the fallback is the bound the caller passed:
``if newline == -1: return 0`` in ``_head_end(text, budget: int) -> int`` cuts at the budget."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, repeated_fill, sole_assignment

SENTINEL_PRIOR = 0.65
_LOWER = (cst.LessThan, cst.LessThanEqual)
_UPPER = (cst.GreaterThan, cst.GreaterThanEqual)


def sentinel_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    assignment = sole_assignment(ctx.site.node)
    if function is None or not isinstance(assignment, cst.Assign):
        return
    for names, value in _started(assignment):
        start = _start_literal(value)
        if start is None:
            continue
        directions = {_direction(ctx, function.node, name) for name in names}
        if len(directions) != 1 or "" in directions:
            continue
        for code in _extremes(ctx, directions.pop()):
            edit = structural_edit(ctx, start, code, "sentinel", SENTINEL_PRIOR)
            if edit is not None:
                yield edit


NO_DATA_PRIOR = 0.4
NUMBER_TYPES = frozenset({"float", "int"})


def no_data_edits(ctx: Ctx) -> Iterator[Edit]:
    """``return 0.0`` under an ``if`` of a ``-> float`` function: infinity, either sign."""
    returned = _fallback_zero(ctx)
    if returned is None or returned.value is None:
        return
    infinity = "math.inf" if "math" in ctx.index.callables else 'float("inf")'
    for rank, code in enumerate([infinity, f"-{infinity}"]):
        new = _parse_expr(code)
        if new is not None:
            yield _replace(ctx, returned.value, new, "return constant", NO_DATA_PRIOR * 0.8**rank)


PARAMETER_RETURN_PRIOR = 0.3


def parameter_return_edits(ctx: Ctx) -> Iterator[Edit]:
    """``return 0`` under an ``if`` of a ``-> int`` function: each ``int`` parameter instead."""
    returned = _fallback_zero(ctx)
    if returned is None or ctx.site.function is None:
        return
    node = ctx.site.function.node
    assert node.returns is not None and returned.value is not None
    wanted = ctx.index.code(node.returns.annotation)
    for param in node.params.params:
        annotation = param.annotation
        if annotation is not None and ctx.index.code(annotation.annotation) == wanted:
            new = param.name.with_changes()
            yield _replace(ctx, returned.value, new, "return constant", PARAMETER_RETURN_PRIOR)


def _fallback_zero(ctx: Ctx) -> cst.Return | None:
    """The ``return 0`` (or ``0.0``) of a number function's ``if`` branch at the site."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return None
    returned = stmt.body[0]
    if not isinstance(returned, cst.Return) or not _is_zero(returned.value):
        return None
    annotation = function.node.returns
    if annotation is None or ctx.index.code(annotation.annotation) not in NUMBER_TYPES:
        return None
    block = ctx.index.parents.get(stmt)
    if block is None or not isinstance(ctx.index.parents.get(block), cst.If):
        return None
    return returned


def _is_zero(value: cst.BaseExpression | None) -> bool:
    return isinstance(value, (cst.Integer, cst.Float)) and float(value.evaluated_value) == 0


def _started(assignment: cst.Assign) -> Iterator[tuple[list[str], cst.BaseExpression]]:
    """The names an assignment starts and the value each starts from: ``max_x = max_y = 0.0``
    starts both from ``0.0``, ``best, cost = None, 0.0`` each from its own element."""
    targets = [t.target for t in assignment.targets]
    if all(isinstance(t, cst.Name) for t in targets):
        yield [t.value for t in targets if isinstance(t, cst.Name)], assignment.value
    elif len(targets) == 1 and isinstance(targets[0], cst.Tuple):
        yield from _element_pairs(targets[0], assignment.value)


def _element_pairs(
    target: cst.Tuple, value: cst.BaseExpression
) -> Iterator[tuple[list[str], cst.BaseExpression]]:
    if not isinstance(value, cst.Tuple) or len(value.elements) != len(target.elements):
        return
    for name, element in zip(target.elements, value.elements, strict=True):
        if isinstance(name.value, cst.Name) and isinstance(element, cst.Element):
            yield [name.value.value], element.value


def _start_literal(value: cst.BaseExpression | None) -> cst.BaseExpression | None:
    """The number a tracker starts from: ``0`` of ``best = 0`` or of ``[0] * n``."""
    value = repeated_fill(value) or value
    number = value.expression if isinstance(value, cst.UnaryOperation) else value
    return value if isinstance(number, (cst.Integer, cst.Float)) else None


def _direction(ctx: Ctx, function: cst.FunctionDef, name: str) -> str:
    return _tracked_direction(ctx, function, name) or _folded_direction(function, name)


def _folded_direction(function: cst.FunctionDef, name: str) -> str:
    """ "max" for ``name = max(name, v)`` (also inside a tuple assignment), "min" likewise."""
    for node in all_nodes(function.body):
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name):
            callee = node.func.value
            if callee in {"min", "max"} and any(
                isinstance(a.value, cst.Name) and a.value.value == name for a in node.args
            ):
                return callee
    return ""


def _tracked_direction(ctx: Ctx, function: cst.FunctionDef, name: str) -> str:
    """ "min" for ``if v < name[...]: name[...] = v``, "max" for the mirror, else ""."""
    for node in all_nodes(function.body):
        if not isinstance(node, cst.If) or not isinstance(node.test, cst.Comparison):
            continue
        test = node.test
        if len(test.comparisons) != 1:
            continue
        left, right = ctx.index.code(test.left), ctx.index.code(test.comparisons[0].comparator)
        operator = test.comparisons[0].operator
        for value, tracker, lower in ((left, right, True), (right, left, False)):
            if not _is_tracker(tracker, name) or not _assigns(ctx, node, tracker, value):
                continue
            if isinstance(operator, _LOWER):
                return "min" if lower else "max"
            if isinstance(operator, _UPPER):
                return "max" if lower else "min"
    return ""


def _is_tracker(code: str, name: str) -> bool:
    return code == name or code.startswith(name + "[")


def _assigns(ctx: Ctx, branch: cst.If, target: str, value: str) -> bool:
    for stmt in branch.body.body:
        assignment = sole_assignment(stmt)
        if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
            continue
        written = assignment.targets[0].target
        pairs: list[tuple[cst.BaseExpression, cst.BaseExpression]] = [(written, assignment.value)]
        if isinstance(written, cst.Tuple) and isinstance(assignment.value, cst.Tuple):
            pairs = [
                (t.value, v.value)
                for t, v in zip(written.elements, assignment.value.elements, strict=False)
                if isinstance(v, cst.Element)
            ]
        code = ctx.index.code
        if any(code(t) == target and code(v) == value for t, v in pairs):
            return True
    return False


def _extremes(ctx: Ctx, direction: str) -> list[str]:
    words = ("MAX", "INF", "LARGE", "BIG") if direction == "min" else ("MIN", "SMALL")
    named = sorted(n for n in ctx.index.module_names if n.isupper() or n.lstrip("_").isupper())
    found = [n for n in named if any(w in n.upper() for w in words)]
    if "math" in ctx.index.callables:
        found.append("math.inf" if direction == "min" else "-math.inf")
    found.append('float("inf")' if direction == "min" else '-float("inf")')
    return found
