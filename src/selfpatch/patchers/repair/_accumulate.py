"""An accumulator the loop overwrites: ``result = 1`` before the loop and ``result = digit %
p`` inside it keep only the last pass. A start of 1 is a product's, 0 (or ``""``) a sum's; the
assignment folds its value into the accumulator with that operation."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, callee_name, value_names
from selfpatch.patchers.repair._loops import _binding_counts

ACCUMULATOR_PRIOR = 0.55
_LOOSER_THAN_PRODUCT = (cst.Add, cst.Subtract, cst.BitOr, cst.BitAnd, cst.BitXor)
_LOOSE = (cst.IfExp, cst.BooleanOperation, cst.Comparison, cst.Lambda, cst.NamedExpr)


def overwritten_accumulator_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not ctx.site.in_loop or not isinstance(stmt, cst.SimpleStatementLine):
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return
    target = small.targets[0].target
    if isinstance(target, cst.Subscript):
        yield from _keyed(ctx, function, small, target)
        return
    if not isinstance(target, cst.Name):
        return
    name, value = target.value, small.value
    if any(n.value == name for n in value_names(value)):
        return
    operator = ctx.index.memo(("accumulators", id(function)), lambda: _starts(function)).get(name)
    if operator is None:
        return
    folded = _folded(ctx, name, operator, value)
    new = _parse_expr(folded) if folded is not None else None
    if new is not None:
        edit = _replace(ctx, value, new, "accumulator overwritten", ACCUMULATOR_PRIOR)
        edit.structural = True
        yield edit


def _folded(ctx: Ctx, name: str, operator: str, value: cst.BaseExpression) -> str | None:
    """``name * value``, ``name + value``; not a sum kept under a modulus, which adds inside
    it, ``(total + x) % m``: the modular-update family offers that."""
    code = ctx.index.code(value)
    reduced = isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Modulo)
    if operator == "+" and reduced:
        return None
    if isinstance(value, _LOOSE) or (
        operator == "*"
        and isinstance(value, cst.BinaryOperation)
        and isinstance(value.operator, _LOOSER_THAN_PRODUCT)
    ):
        code = f"({code})"
    return f"{name} {operator} {code}"


def _starts(function: Function) -> dict[str, str]:
    """Locals started at the function's top level from 1 (``*``) or 0 or ``""`` (``+``) and
    bound exactly once more."""
    bindings = _binding_counts(function)
    found: dict[str, str] = {}
    for stmt in function.node.body.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not isinstance(small, cst.Assign) or len(small.targets) != 1:
                continue
            target, operator = small.targets[0].target, _operator(small.value)
            if isinstance(target, cst.Name) and operator and bindings[target.value] == 2:
                found[target.value] = operator
    return found


def _operator(start: cst.BaseExpression) -> str:
    if isinstance(start, (cst.Integer, cst.Float)):
        number = float(start.evaluated_value)
        return "*" if number == 1 else "+" if number == 0 else ""
    if isinstance(start, cst.SimpleString) and start.evaluated_value == "":
        return "+"
    if isinstance(start, cst.Call) and callee_name(start) in _NUMBER_TYPES and len(start.args) == 1:
        return _operator(_number_literal(start.args[0].value))  # Decimal(0), Decimal("1")
    return ""


_NUMBER_TYPES = {"Decimal", "Fraction", "float", "int"}


def _number_literal(value: cst.BaseExpression) -> cst.BaseExpression:
    """``0`` for ``"0"``, ``"0.00"``: the number a numeric text spells, else the value itself."""
    if isinstance(value, cst.SimpleString) and isinstance(value.evaluated_value, str):
        try:
            return cst.Float(repr(float(value.evaluated_value)))
        except ValueError:
            return value
    return value


def _keyed(
    ctx: Ctx, function: Function, small: cst.Assign, target: cst.Subscript
) -> Iterator[Edit]:
    """``usage[key] = value`` in a loop, where ``usage = {"in": 0, "out": 0}`` starts every
    entry at 0 and the function never reads it on the way: ``usage[key] += value``."""
    base = ctx.index.code(target.value)
    if base in {n.value for n in value_names(small.value)}:
        return
    if base not in ctx.index.memo(("zeroed tables", id(function)), lambda: _zeroed(function)):
        return
    new = cst.AugAssign(target=target, operator=cst.AddAssign(), value=small.value)
    edit = _replace(ctx, small, new, "accumulator overwritten", ACCUMULATOR_PRIOR)
    edit.structural = True
    yield edit


def _zeroed(function: Function) -> set[str]:
    """Locals the function's top level binds to a dict literal whose values are all 0."""
    found: set[str] = set()
    for stmt in function.node.body.body:
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        if not isinstance(small, cst.Assign) or len(small.targets) != 1:
            continue
        target, value = small.targets[0].target, small.value
        if isinstance(target, cst.Name) and isinstance(value, cst.Dict) and value.elements:
            values = [getattr(e, "value", None) for e in value.elements]
            if all(isinstance(v, (cst.Integer, cst.Float)) and _operator(v) == "+" for v in values):
                found.add(target.value)
    return found
