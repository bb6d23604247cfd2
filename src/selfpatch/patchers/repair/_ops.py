"""Operator families: comparison, arithmetic, boolean and assignment operators, integer
constants and off-by-one, dispatched per expression node of a site."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import libcst as cst

from selfpatch.patchers.repair._calls import (
    _call,
    _element_order,
)
from selfpatch.patchers.repair._common import (
    SCALAR_LITERALS,
    Ctx,
    _is_boundary,
    _is_plus_minus_one,
    _op,
    _parent,
    _parse_expr,
    _plus_one,
    _replace,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    Function,
    all_nodes,
    body_nodes,
    bound_names,
    callee_name,
    descendants,
    is_int,
    is_load,
    loop_index,
    repeated_fill,
    source_of,
)
from selfpatch.patchers.repair._names import (
    _attribute,
    _name,
    _string_key,
    _subscript,
    dict_keyword_edits,
)
from selfpatch.patchers.repair._stale import _enclosing_loops

_COMPARE_ALTS: dict[type[Any], list[tuple[type[Any], float]]] = {
    cst.LessThan: [(cst.LessThanEqual, 0.95), (cst.GreaterThan, 0.5), (cst.GreaterThanEqual, 0.4),
                   (cst.NotEqual, 0.3), (cst.Equal, 0.2)],
    cst.LessThanEqual: [(cst.LessThan, 0.95), (cst.GreaterThanEqual, 0.5), (cst.GreaterThan, 0.4),
                        (cst.Equal, 0.3)],
    cst.GreaterThan: [(cst.GreaterThanEqual, 0.95), (cst.LessThan, 0.5), (cst.LessThanEqual, 0.4),
                      (cst.NotEqual, 0.3), (cst.Equal, 0.2)],
    cst.GreaterThanEqual: [(cst.GreaterThan, 0.95), (cst.LessThanEqual, 0.5), (cst.LessThan, 0.4),
                           (cst.Equal, 0.3)],
    cst.Equal: [(cst.NotEqual, 0.8), (cst.LessThanEqual, 0.3), (cst.GreaterThanEqual, 0.3),
                (cst.In, 0.3)],
    cst.NotEqual: [(cst.Equal, 0.8), (cst.GreaterThan, 0.3), (cst.LessThan, 0.3),
                   (cst.NotIn, 0.3)],
    cst.Is: [(cst.IsNot, 0.8), (cst.Equal, 0.6)],
    cst.IsNot: [(cst.Is, 0.8), (cst.NotEqual, 0.6)],
    cst.In: [(cst.NotIn, 0.8), (cst.Equal, 0.3)],
    cst.NotIn: [(cst.In, 0.8), (cst.NotEqual, 0.3)],
}  # fmt: skip


_ARITH_ALTS: dict[type[Any], list[tuple[type[Any], float]]] = {
    cst.Add: [(cst.Subtract, 0.6), (cst.Multiply, 0.2)],
    cst.Subtract: [(cst.Add, 0.6)],
    cst.Multiply: [(cst.Divide, 0.4), (cst.FloorDivide, 0.3), (cst.Add, 0.2), (cst.Power, 0.2)],
    cst.Divide: [(cst.FloorDivide, 0.6), (cst.Multiply, 0.4), (cst.Modulo, 0.2)],
    cst.FloorDivide: [(cst.Divide, 0.6), (cst.Modulo, 0.4), (cst.Multiply, 0.2)],
    cst.Modulo: [(cst.FloorDivide, 0.4), (cst.Divide, 0.2)],
    cst.Power: [(cst.Multiply, 0.4)],
    cst.BitAnd: [(cst.BitOr, 0.4), (cst.BitXor, 0.3)],
    cst.BitOr: [(cst.BitAnd, 0.4), (cst.BitXor, 0.3)],
    cst.BitXor: [(cst.BitAnd, 0.4), (cst.BitOr, 0.4)],
    cst.LeftShift: [(cst.RightShift, 0.5)],
    cst.RightShift: [(cst.LeftShift, 0.5)],
}


_AUG_ALTS: dict[type[Any], list[tuple[type[Any], float]]] = {
    cst.AddAssign: [(cst.SubtractAssign, 0.6), (cst.MultiplyAssign, 0.2)],
    cst.SubtractAssign: [(cst.AddAssign, 0.6)],
    cst.MultiplyAssign: [(cst.AddAssign, 0.3), (cst.DivideAssign, 0.3)],
    cst.DivideAssign: [(cst.FloorDivideAssign, 0.5), (cst.MultiplyAssign, 0.3)],
    cst.FloorDivideAssign: [(cst.DivideAssign, 0.5)],
    cst.BitOrAssign: [(cst.BitAndAssign, 0.4), (cst.BitXorAssign, 0.3)],
    cst.BitAndAssign: [(cst.BitOrAssign, 0.4), (cst.BitXorAssign, 0.3)],
    cst.BitXorAssign: [(cst.BitAndAssign, 0.4), (cst.BitOrAssign, 0.4)],
    cst.LeftShiftAssign: [(cst.RightShiftAssign, 0.5)],
    cst.RightShiftAssign: [(cst.LeftShiftAssign, 0.5)],
}


def expression_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            for edit in _node_edits(ctx, node):
                if _shifts_one_read(ctx, edit):
                    edit.suspect = "shifts one read of a value bound once and read again"
                yield edit


def _shifts_one_read(ctx: Ctx, edit: Edit | None) -> bool:
    if edit is None or edit.kind != "off-by-one" or edit.suspect or len(edit.replacements) != 1:
        return False
    return _one_of_several_reads(ctx, edit.replacements[0][0])


def _one_of_several_reads(ctx: Ctx, node: cst.CSTNode) -> bool:
    """``degrees = len(weights)`` read by ``degrees not in table`` and ``table[degrees]``: a
    shift at one read leaves the others reading the unshifted value; where the value is bound
    is where it is defined, and a shift there reaches every read."""
    function = ctx.site.function
    if not isinstance(node, cst.Name) or function is None or node.value in function.params:
        return False
    if node.value not in function.locals:
        return False
    counts = ctx.index.memo(
        ("bound and read", id(function)), lambda: _bound_and_read(ctx, function)
    )
    bound, read = counts.get(node.value, (0, 0))
    return bound == 1 and read >= 2


def _bound_and_read(ctx: Ctx, function: Function) -> dict[str, tuple[int, int]]:
    """``name -> (assignments, reads)`` of the local names only plain assignments bind: a loop
    variable or a running total (``+=``) takes a new value each time round, so a shift at one
    of its reads is an ordinary fix."""
    assigned: Counter[str] = Counter()
    read: Counter[str] = Counter()
    rebound: set[str] = set()
    for node in body_nodes(function.node.body):
        if isinstance(node, cst.Assign):
            for target in node.targets:
                assigned.update(n.value for n in bound_names(target.target))
        elif isinstance(
            node, cst.AugAssign | cst.AnnAssign | cst.For | cst.CompFor | cst.NamedExpr
        ):
            rebound.update(n.value for n in bound_names(node.target))
        elif isinstance(node, cst.AsName):
            rebound.update(n.value for n in bound_names(node.name))
        elif isinstance(node, cst.Name) and is_load(ctx.index, node):
            read[node.value] += 1
    return {name: (assigned[name], read[name]) for name in assigned if name not in rebound}


def _node_edits(ctx: Ctx, node: cst.CSTNode) -> Iterator[Edit]:
    if isinstance(node, cst.Comparison):
        yield from _comparison(ctx, node)
    elif isinstance(node, cst.BinaryOperation):
        yield from _binary(ctx, node)
    elif isinstance(node, cst.BooleanOperation):
        yield from _boolean(ctx, node)
    elif isinstance(node, cst.UnaryOperation):
        kind = "negation" if isinstance(node.operator, cst.Not) else "unary operator"
        yield _replace(ctx, node, node.expression, f"drop {kind}", 0.5)
    elif isinstance(node, cst.AugAssign):
        yield from _aug_assign(ctx, node)
    elif isinstance(node, cst.Assign):
        yield from _assign(ctx, node)
    elif isinstance(node, cst.Integer):
        yield from _integer(ctx, node)
    elif isinstance(node, cst.Name):
        yield from _name(ctx, node)
    elif isinstance(node, cst.Attribute):
        yield from _attribute(ctx, node)
    elif isinstance(node, cst.SimpleString):
        yield from _string_key(ctx, node)
    elif isinstance(node, cst.Subscript):
        yield from _subscript(ctx, node)
    elif isinstance(node, cst.Call):
        yield from _call(ctx, node)
        yield from dict_keyword_edits(ctx, node)
    elif isinstance(node, (cst.List, cst.Tuple)):
        yield from _element_order(ctx, node)
    elif isinstance(node, cst.Break):
        yield _replace(ctx, node, cst.Continue(), "loop control", 0.4)
    elif isinstance(node, cst.Continue):
        yield _replace(ctx, node, cst.Break(), "loop control", 0.4)
    if _is_boundary(ctx, node) and not isinstance(node, (cst.Integer, cst.UnaryOperation)):
        assert isinstance(node, cst.BaseExpression)
        if not _is_plus_minus_one(node):
            yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", 0.8)
            shifted = _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", 0.75)
            if _counts_from_zero(ctx, node):
                shifted.suspect = "index 0 reads the last item"
            yield shifted
    elif _is_equality_operand(ctx, node) and not _is_plus_minus_one(node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", EQUALITY_PRIOR)
        yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", EQUALITY_PRIOR * 0.9)
    elif _is_position_factor(ctx, node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", POSITION_PRIOR)
        yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", POSITION_PRIOR * 0.9)
    elif _is_extremum_argument(ctx, node) and not _is_plus_minus_one(node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Add), "missing step cost", STEP_COST_PRIOR)
        if _is_size(ctx, node):
            last = _plus_one(node, cst.Subtract)
            yield _replace(ctx, node, last, "off-by-one", LAST_INDEX_PRIOR)
    elif _is_span(ctx, node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", SPAN_PRIOR)
    elif _is_counted_argument(ctx, node) and not _is_plus_minus_one(node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", COUNTED_ARGUMENT_PRIOR)
        lower = COUNTED_ARGUMENT_PRIOR * 0.9
        yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", lower)
    elif _is_measured_count(ctx, node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", MEASURED_PRIOR)
        lower = MEASURED_PRIOR * 0.9
        yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", lower)
    elif _is_one_based(ctx, node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", ONE_BASED_PRIOR)
    elif _is_kept_index(ctx, node):
        assert isinstance(node, cst.BaseExpression)
        yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", KEPT_INDEX_PRIOR)
        lower = KEPT_INDEX_PRIOR * 0.8
        yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", lower)


def _counts_from_zero(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A subscript's index that takes the value 0: a ``for`` target over ``range(n)`` or
    ``enumerate(xs)``, or the parameter of a sort key over ``range(...)``."""
    if not isinstance(node, cst.Name) or not isinstance(_parent(ctx, node), cst.Index):
        return False
    for loop in _enclosing_loops(ctx, node):
        if isinstance(loop, cst.For) and _zero_based(loop.iter, loop.target, node.value):
            return True
    owner: cst.CSTNode | None = _parent(ctx, node)
    while owner is not None and not isinstance(owner, cst.Lambda):
        owner = _parent(ctx, owner)
    if owner is None or [p.name.value for p in owner.params.params] != [node.value]:
        return False
    arg = _parent(ctx, owner)
    call = _parent(ctx, arg) if isinstance(arg, cst.Arg) else None
    if not isinstance(call, cst.Call) or not call.args:
        return False
    first = call.args[0].value
    return isinstance(first, cst.Call) and callee_name(first) == "range" and _from_zero(first)


def _zero_based(iterable: cst.BaseExpression, target: cst.BaseExpression, name: str) -> bool:
    if not isinstance(iterable, cst.Call):
        return False
    if callee_name(iterable) == "range":
        return isinstance(target, cst.Name) and target.value == name and _from_zero(iterable)
    if callee_name(iterable) == "enumerate" and len(iterable.args) == 1:
        first = target.elements[0].value if isinstance(target, cst.Tuple) else None
        return isinstance(first, cst.Name) and first.value == name
    return False


def _from_zero(call: cst.Call) -> bool:
    args = call.args
    if len(args) == 1:
        return True
    return isinstance(args[0].value, cst.Integer) and args[0].value.value == "0"


MEASURED_PRIOR = 0.5
"""``max(n.bit_length(), 0)``, ``return len(word)``: a measured count handed on as a position
(the highest set bit, the last letter) is one more than the position."""
MEASURING_CALLS = frozenset({"len", "bit_length", "count"})


def _is_measured_count(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A count measured by a call that is the whole value returned, assigned or clamped, or
    a ``bit_length()`` anywhere."""
    if not isinstance(node, cst.Call) or callee_name(node) not in MEASURING_CALLS:
        return False
    parent = _parent(ctx, node)
    if isinstance(parent, (cst.Return, cst.Assign, cst.AnnAssign)):
        return True
    if callee_name(node) == "bit_length" and not (parent and _is_plus_minus_one(parent)):
        return True  # the bits a number needs: one past the index of its highest set bit
    call = _parent(ctx, parent) if isinstance(parent, cst.Arg) and not parent.keyword else None
    return isinstance(call, cst.Call) and callee_name(call) in {"min", "max"}


ONE_BASED_PRIOR = 0.6
"""``factor ** retry`` after ``if retry < 1: raise``: a parameter the function refuses below 1
counts from 1, so as an exponent or an index it is one too many (the first retry waits
``base``, the first page starts at item 0)."""


def _is_one_based(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A parameter, refused below 1 by the function, that is an exponent or an index."""
    function = ctx.site.function
    if not isinstance(node, cst.Name) or function is None or node.value not in function.params:
        return False
    parent = _parent(ctx, node)
    exponent = (
        isinstance(parent, cst.BinaryOperation)
        and isinstance(parent.operator, cst.Power)
        and parent.right is node
    )
    if not exponent and not isinstance(parent, cst.Index):
        return False
    refused = ctx.index.memo(
        ("refused below one", id(function)), lambda: _refused_below_one(function)
    )
    return node.value in refused


def _refused_below_one(function: Function) -> set[str]:
    """Names the function raises on when they are below 1: ``if n < 1: raise`` or
    ``if n <= 0: raise``."""
    found: set[str] = set()
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.If) or not isinstance(node.test, cst.Comparison):
            continue
        test = node.test
        if not isinstance(test.left, cst.Name) or len(test.comparisons) != 1:
            continue
        op, bound = test.comparisons[0].operator, test.comparisons[0].comparator
        below_one = (isinstance(op, cst.LessThan) and is_int(bound, 1)) or (
            isinstance(op, cst.LessThanEqual) and is_int(bound, 0)
        )
        if below_one and any(isinstance(n, cst.Raise) for n in all_nodes(node.body)):
            found.add(test.left.value)
    return found


KEPT_INDEX_PRIOR = 0.55
"""``checkpoint.next_step = index`` inside ``for index in range(...)``: a loop position kept
for later is a count or the next position as often as the current one."""


def _is_kept_index(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A loop's index variable that is the whole value stored in a field or subscript."""
    if not isinstance(node, cst.Name):
        return False
    parent = _parent(ctx, node)
    if not isinstance(parent, cst.Assign) or len(parent.targets) != 1:
        return False
    if not isinstance(parent.targets[0].target, (cst.Attribute, cst.Subscript)):
        return False
    loops = _enclosing_loops(ctx, parent)
    return any(isinstance(loop, cst.For) and loop_index(loop) == node.value for loop in loops)


SPAN_PRIOR = 0.5
"""``length = right - left`` counts the items from ``left`` to ``right`` one short when both
ends are included: the fencepost error in its plainest form."""


def _is_span(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A difference of two variables that is the whole value assigned or returned."""
    if not (isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Subtract)):
        return False
    if not all(isinstance(side, (cst.Name, cst.Attribute)) for side in (node.left, node.right)):
        return False
    return isinstance(_parent(ctx, node), (cst.Assign, cst.Return, cst.AnnAssign))


COUNTED_ARGUMENT_PRIOR = 0.55
COUNT_WORDS = frozenset(
    {"count", "n", "k", "index", "idx", "position", "pos", "start", "end", "stop", "length"}
    | {"size", "limit", "offset", "upto", "last", "first"}
)


def _is_counted_argument(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A name passed where a function of the file takes a count or a position
    (``self.prefix_sum(last)`` for ``def prefix_sum(self, count)``): an index handed on as a
    count is the fencepost error across a call."""
    if not isinstance(node, (cst.Name, cst.Attribute, cst.Subscript)):
        return False
    arg = _parent(ctx, node)
    call = _parent(ctx, arg) if isinstance(arg, cst.Arg) else None
    if not isinstance(arg, cst.Arg) or not isinstance(call, cst.Call) or arg.keyword or arg.star:
        return False
    position = [a for a in call.args if a.keyword is None].index(arg)
    offset = 1 if isinstance(call.func, cst.Attribute) else 0
    for function in ctx.index.function_named(callee_name(call)):
        params = function.params[offset if function.cls else 0 :]
        if position < len(params) and set(params[position].split("_")) & COUNT_WORDS:
            return True
    return False


EQUALITY_PRIOR = 0.5
"""``attempt == attempts`` where the last index is ``attempts - 1``: a count compared for
equality with an index is off by one as often as an ordering bound is."""


def _is_equality_operand(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A name, attribute or ``len(...)`` compared with ``==``/``!=`` to another non-literal."""
    if not isinstance(node, (cst.Name, cst.Attribute, cst.Call)):
        return False
    if isinstance(node, cst.Call) and callee_name(node) != "len":
        return False
    if isinstance(node, cst.Name) and node.value in {"None", "True", "False"}:
        return False
    parent = _parent(ctx, node)
    if isinstance(parent, cst.ComparisonTarget) and isinstance(
        parent.operator, (cst.Equal, cst.NotEqual)
    ):
        comparison = _parent(ctx, parent)
        other = comparison.left if isinstance(comparison, cst.Comparison) else None
    elif isinstance(parent, cst.Comparison) and node is parent.left:
        first = parent.comparisons[0]
        other = first.comparator if isinstance(first.operator, (cst.Equal, cst.NotEqual)) else None
    else:
        return False
    return isinstance(other, (cst.Name, cst.Attribute, cst.Call, cst.Subscript))


STEP_COST_PRIOR = 0.6
"""Recurrences (edit distance, shortest paths, knapsack) take the min or max over candidates that
each add a step cost; a candidate missing its ``+ 1`` is a classic missing arithmetic expression."""


LAST_INDEX_PRIOR = 0.55
"""``min(last, size)`` clamps an index to a count: the last index is ``size - 1``."""
SIZE_WORDS = frozenset({"size", "len", "length", "count", "total", "n"})


def _is_size(ctx: Ctx, node: cst.CSTNode) -> bool:
    """A size clamping an index within ``min``: ``size``, ``self.length``."""
    arg = _parent(ctx, node)
    call = _parent(ctx, arg) if arg is not None else None
    if not isinstance(call, cst.Call) or callee_name(call) != "min":
        return False
    name = ctx.index.code(node).rsplit(".", 1)[-1].lower()
    return bool(set(name.split("_")) & SIZE_WORDS)


def _is_extremum_argument(ctx: Ctx, node: cst.CSTNode) -> bool:
    parent = _parent(ctx, node)
    if not isinstance(parent, cst.Arg) or parent.keyword is not None or parent.star:
        return False
    call = _parent(ctx, parent)
    return (
        isinstance(call, cst.Call)
        and callee_name(call) in {"min", "max"}
        and len(call.args) >= 2
        and isinstance(node, (cst.Name, cst.Subscript, cst.Attribute))
    )


def _comparison(ctx: Ctx, node: cst.Comparison) -> Iterator[Edit]:
    for i, target in enumerate(node.comparisons):
        for alt, prior in _COMPARE_ALTS.get(type(target.operator), []):
            new_target = target.with_changes(operator=_op(alt, target.operator))
            targets = [*node.comparisons[:i], new_target, *node.comparisons[i + 1 :]]
            edit = _replace(ctx, node, node.with_changes(comparisons=targets), "comparison", prior)
            if alt is cst.NotIn and _seen_test(ctx, node):
                edit.suspect = "skips what it has not seen yet, then marks it seen"
            yield edit


def _seen_test(ctx: Ctx, node: cst.Comparison) -> bool:
    """``key in seen`` in the test of an ``if ...: continue`` that the loop body follows with
    ``seen.add(key)``: the skip-what-was-seen idiom, which a ``not in`` turns inside out."""
    if len(node.comparisons) != 1 or not isinstance(node.comparisons[0].operator, cst.In):
        return False
    stmt = _parent(ctx, node)
    while stmt is not None and not isinstance(stmt, cst.If):
        stmt = _parent(ctx, stmt)
    block = _parent(ctx, stmt) if stmt is not None else None
    if not isinstance(stmt, cst.If) or not isinstance(block, cst.IndentedBlock):
        return False
    if "continue" not in ctx.index.code(stmt.body):
        return False
    mark = f"{ctx.index.code(node.comparisons[0].comparator)}.add({ctx.index.code(node.left)})"
    after = block.body[block.body.index(stmt) + 1 :]
    return any(mark in ctx.index.code(s) for s in after)


def _binary(ctx: Ctx, node: cst.BinaryOperation) -> Iterator[Edit]:
    for alt, prior in _ARITH_ALTS.get(type(node.operator), []):
        new = node.with_changes(operator=_op(alt, node.operator))
        edit = _replace(ctx, node, new, "arithmetic operator", prior)
        if alt is cst.Add and _range_ends(ctx, node):
            edit.suspect = "adds the two ends of a range"
        yield edit
    if _is_plus_minus_one(node):
        yield _replace(ctx, node, node.left, "off-by-one", 0.85)
    elif isinstance(node.operator, (cst.Add, cst.Subtract)):
        yield _replace(ctx, node, node.left, "drop operand", 0.25, deletes=True)
        yield _replace(ctx, node, node.right, "drop operand", 0.2, deletes=True)
    if not isinstance(node.operator, (cst.Multiply, cst.BitAnd, cst.BitOr)):
        swapped = node.with_changes(left=node.right, right=node.left)
        yield _replace(ctx, node, swapped, "swap operands", 0.35)
    yield from _factor_swap(ctx, node)


_ENDS = (
    frozenset({"hi", "high"}), frozenset({"lo", "low"}), frozenset({"end", "stop"}),
    frozenset({"start", "begin"}), frozenset({"right"}), frozenset({"left"}),
    frozenset({"last"}), frozenset({"first"}), frozenset({"upper"}), frozenset({"lower"}),
)  # fmt: skip
_PAIRED_ENDS = {(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (2, 7), (6, 3)}


def _range_ends(ctx: Ctx, node: cst.BinaryOperation) -> bool:
    """``hi - lo``, ``end - start``: a difference of a range's two ends, not halved after
    (``(lo + hi) // 2`` is the one sum of ends that means something)."""
    if not isinstance(node.operator, cst.Subtract):
        return False
    parent = _parent(ctx, node)
    if isinstance(parent, cst.BinaryOperation) and isinstance(
        parent.operator, (cst.Divide, cst.FloorDivide)
    ):
        return False
    kinds = [_end_kind(ctx.index.code(side)) for side in (node.left, node.right)]
    return None not in kinds and tuple(kinds) in _PAIRED_ENDS


def _end_kind(code: str) -> int | None:
    words = set(re.split(r"[^a-z]+", code.rsplit(".", 1)[-1].lower()))
    found = [i for i, names in enumerate(_ENDS) if words & names]
    return found[0] if len(found) == 1 else None


FACTOR_SWAP_PRIOR = 0.35


def _factor_swap(ctx: Ctx, node: cst.BinaryOperation) -> Iterator[Edit]:
    """``b * avg / length`` -> ``b * length / avg``: the ratio inverted inside a product, where
    swapping the whole operands would move the coefficient too."""
    product = node.left
    if not isinstance(node.operator, (cst.Divide, cst.FloorDivide)):
        return
    is_product = isinstance(product, cst.BinaryOperation) and isinstance(
        product.operator, cst.Multiply
    )
    if not is_product:
        return
    assert isinstance(product, cst.BinaryOperation)
    if product.lpar or not isinstance(node.right, (cst.Name, cst.Attribute, cst.Subscript)):
        return
    factor = product.right
    if not isinstance(factor, (cst.Name, cst.Attribute, cst.Subscript)):
        return
    new = node.with_changes(left=product.with_changes(right=node.right), right=factor)
    yield _replace(ctx, node, new, "swap operands", FACTOR_SWAP_PRIOR)


def _boolean(ctx: Ctx, node: cst.BooleanOperation) -> Iterator[Edit]:
    flipped = cst.Or if isinstance(node.operator, cst.And) else cst.And
    new = node.with_changes(operator=_op(flipped, node.operator))
    # ``x or "{}"`` -> ``x and "{}"`` trades what ``x`` provided for the fallback
    fallback = _is_empty_literal(node.right) or isinstance(node.right, _VALUE_LITERALS)
    drops_default = flipped is cst.And and fallback
    flip = _replace(ctx, node, new, "boolean operator", 0.7, deletes=drops_default)
    flip.structural = (
        _siblings_combine_with(ctx, node, flipped)
        or _wrapped_range(ctx, node)
        or _subsumed_clause(ctx, node)
        or _self_defeating_none_test(ctx, node)
        or _either_limit(ctx, node)
    )
    yield flip
    loosens = isinstance(node.operator, cst.And)
    yield _replace(ctx, node, node.left, "drop clause", 0.3, weakens=loosens)
    keeps_fallback = fallback and isinstance(node.operator, cst.Or)  # ``"{}"`` alone
    yield _replace(ctx, node, node.right, "drop clause", 0.3, weakens=loosens,
                   deletes=keeps_fallback)  # fmt: skip
    # ``text or "{}"`` picks a value: a negated operand would mix a bool into it
    picks_value = any(isinstance(side, _VALUE_LITERALS) for side in (node.left, node.right))
    for side in (node.left, node.right):
        if isinstance(side, (cst.Name, cst.Attribute, cst.Call)) and not picks_value:
            yield _replace(ctx, side, _not(side), "negate clause", NEGATE_CLAUSE_PRIOR)
    if isinstance(node.right, cst.Call) and isinstance(node.left, (cst.Name, cst.Attribute)):
        swapped = node.with_changes(left=node.right, right=node.left)
        yield _replace(ctx, node, swapped, "swap operands", SKIPPED_CALL_PRIOR)


def _siblings_combine_with(
    ctx: Ctx, node: cst.BooleanOperation, operator: type[cst.BaseBooleanOp]
) -> bool:
    """``subprocess=default.subprocess or user.subprocess`` beside ``network=default.network
    and user.network``: the other arguments of the call combine the same two objects' fields
    with ``operator``, so this one is the odd one out."""
    arg = _parent(ctx, node)
    call = _parent(ctx, arg) if isinstance(arg, cst.Arg) and arg.keyword is not None else None
    bases = _field_bases(ctx, node)
    if not isinstance(call, cst.Call) or bases is None:
        return False
    return any(
        other is not arg
        and isinstance(other.value, cst.BooleanOperation)
        and isinstance(other.value.operator, operator)
        and _field_bases(ctx, other.value) == bases
        for other in call.args
    )


def _wrapped_range(ctx: Ctx, node: cst.BooleanOperation) -> bool:
    """``local >= start and local < end`` in a function that also compares ``start`` with
    ``end``: the bounds may come in either order (a window across midnight, a ring), and
    one of the two orders is the range's complement, which ``or`` joins."""
    if not isinstance(node.operator, cst.And) or ctx.site.function is None:
        return False
    sides = [_ordered_sides(ctx, operand) for operand in (node.left, node.right)]
    if not sides[0] or not sides[1] or len(sides[0] & sides[1]) != 1:
        return False
    bounds = sides[0] ^ sides[1]
    return any(
        _ordered_sides(ctx, test) == bounds
        for test in all_nodes(ctx.site.function.node.body)
        if isinstance(test, cst.Comparison)
    )


_FIRST_OF = re.compile(r"[^.]*\bwhichever\s+(?:comes|happens|is\s+reached)\s+first\b[^.]*")


def _either_limit(ctx: Ctx, node: cst.BooleanOperation) -> bool:
    """``step >= self.min_step and elapsed >= self.min_interval`` where the docstring says
    "every ``min_step`` percent or every ``min_interval`` seconds, whichever comes first":
    either limit alone is enough, so the two tests join with ``or``."""
    if not isinstance(node.operator, cst.And):
        return False
    sentences = ctx.index.memo(("first-of sentences",), lambda: _first_of_sentences(ctx))
    limits = [_limit_name(side) for side in (node.left, node.right)]
    return any(all(name and name in text for name in limits) for text in sentences)


def _first_of_sentences(ctx: Ctx) -> list[str]:
    """The sentences of the file's docstrings that say "whichever comes first"."""
    nodes = list(all_nodes(ctx.index.module))
    docs = [
        n.get_docstring() or ""
        for n in nodes
        if isinstance(n, (cst.Module, cst.ClassDef, cst.FunctionDef))
    ]
    return [m.group(0) for doc in docs for m in _FIRST_OF.finditer(doc)]


def _limit_name(test: cst.BaseExpression) -> str:
    """The last name of what a single comparison compares with: ``min_step``."""
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return ""
    bound = test.comparisons[0].comparator
    if isinstance(bound, cst.Attribute):
        return bound.attr.value
    return bound.value if isinstance(bound, cst.Name) else ""


def _self_defeating_none_test(ctx: Ctx, node: cst.BooleanOperation) -> bool:
    """``positions is None and start not in positions``: the right side runs only when the
    value is None, and then reads it, so the test either fails or raises. ``or`` (and, for
    ``is not None ... or``, ``and``) lets the right side run on a real value."""
    left = node.left
    if not isinstance(left, cst.Comparison) or len(left.comparisons) != 1:
        return False
    op, comparator = left.comparisons[0].operator, left.comparisons[0].comparator
    wanted = cst.Is if isinstance(node.operator, cst.And) else cst.IsNot
    if not isinstance(op, wanted) or not (
        isinstance(comparator, cst.Name) and comparator.value == "None"
    ):
        return False
    tested = ctx.index.code(left.left)
    return any(ctx.index.code(n) == tested for n in descendants(node.right))


_ORDERING = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)


def _subsumed_clause(ctx: Ctx, node: cst.BooleanOperation) -> bool:
    """``used >= cap and (not urgent and used >= cap - reserved)``: the two sides test one
    value against a bound and that bound shifted, the same way, so under ``and`` one test
    already implies the other and a clause is dead; ``or`` gives each its say."""
    if not isinstance(node.operator, cst.And):
        return False
    code = ctx.index.code
    lefts = [c for c in descendants(node.left) if _single_order(c)]
    rights = [c for c in descendants(node.right) if _single_order(c)]
    for a in lefts:
        for b in rights:
            assert isinstance(a, cst.Comparison) and isinstance(b, cst.Comparison)
            first, second = a.comparisons[0], b.comparisons[0]
            if code(a.left) != code(b.left) or type(first.operator) is not type(second.operator):
                continue
            if _shifted(code, first.comparator, second.comparator) or _shifted(
                code, second.comparator, first.comparator
            ):
                return True
    return False


def _single_order(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.Comparison)
        and len(node.comparisons) == 1
        and isinstance(node.comparisons[0].operator, _ORDERING)
    )


def _shifted(
    code: Callable[[cst.CSTNode], str], bound: cst.BaseExpression, other: cst.BaseExpression
) -> bool:
    """Whether ``other`` is ``bound - x`` or ``bound + x``."""
    return (
        isinstance(other, cst.BinaryOperation)
        and isinstance(other.operator, (cst.Add, cst.Subtract))
        and code(other.left) == code(bound)
    )


def _ordered_sides(ctx: Ctx, node: cst.CSTNode) -> set[str]:
    """The two sides of ``a < b`` (any ordering operator), when they differ."""
    if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
        return set()
    if not isinstance(node.comparisons[0].operator, _ORDERING):
        return set()
    sides = {ctx.index.code(node.left), ctx.index.code(node.comparisons[0].comparator)}
    return sides if len(sides) == 2 else set()


def _field_bases(ctx: Ctx, node: cst.BooleanOperation) -> tuple[str, str] | None:
    """``("default", "user")`` for ``default.network and user.network``."""
    left, right = node.left, node.right
    if not isinstance(left, cst.Attribute) or not isinstance(right, cst.Attribute):
        return None
    if left.attr.value != right.attr.value:
        return None
    return ctx.index.code(left.value), ctx.index.code(right.value)


SKIPPED_CALL_PRIOR = 0.45
"""``value = value and self.parse_not()`` skips the call, and what the call consumes, once
``value`` is false: the call goes first, ``self.parse_not() and value``."""
_VALUE_LITERALS = (*SCALAR_LITERALS, cst.List, cst.Dict, cst.Tuple, cst.Set)


NEGATE_CLAUSE_PRIOR = 0.55
"""``missing and allow_unknown`` -> ``missing and not allow_unknown``: one truth test of a
chain inverted (comparisons in a chain are flipped by the comparison family)."""


def _not(node: cst.BaseExpression) -> cst.BaseExpression:
    return cst.UnaryOperation(operator=cst.Not(), expression=node)


POSITION_PRIOR = 0.55


def _is_position_factor(ctx: Ctx, node: cst.CSTNode) -> bool:
    """``number`` in ``start = number * size`` where ``start`` then indexes or slices, or
    ``len(xs)`` in ``len(xs) * q / 100``: a count from 1 used as a count from 0 (pages, rows,
    the last index of an interpolated position)."""
    parent = _parent(ctx, node)
    if not isinstance(parent, cst.BinaryOperation) or not isinstance(parent.operator, cst.Multiply):
        return False
    other = parent.right if node is parent.left else parent.left
    if not isinstance(other, (cst.Name, cst.Attribute)):
        return False
    if isinstance(node, cst.Call) and callee_name(node) == "len":
        return True
    assign = _parent(ctx, parent)
    if not isinstance(node, cst.Name) or not isinstance(assign, cst.Assign):
        return False
    target = assign.targets[0].target if len(assign.targets) == 1 else None
    function = ctx.site.function
    if not isinstance(target, cst.Name) or function is None:
        return False
    body = ctx.index.function_code(function)
    name = re.escape(target.value)
    return re.search(rf"\[\s*{name}\s*[:\]]|:\s*{name}\s*[\]+]", body) is not None


FILL_SENTINEL_PRIOR = 0.5


def _is_fill(ctx: Ctx, element: cst.Element) -> bool:
    """``0`` in ``[0] * n``: a table of "no value yet" entries, where -1 is the usual mark."""
    table = _parent(ctx, element)
    repeat = _parent(ctx, table) if isinstance(table, cst.List) else None
    return isinstance(repeat, cst.BinaryOperation) and repeated_fill(repeat) is element.value


def _is_empty_literal(node: cst.BaseExpression) -> bool:
    """``x or []`` -> ``x and []`` is always empty: it deletes what ``x`` provided."""
    if isinstance(node, (cst.List, cst.Tuple, cst.Dict, cst.Set)):
        return not node.elements
    if isinstance(node, cst.SimpleString):
        return node.evaluated_value in ("", b"")
    return (isinstance(node, cst.Name) and node.value in {"None", "False"}) or (
        isinstance(node, cst.Integer) and node.value == "0"
    )


def _aug_assign(ctx: Ctx, node: cst.AugAssign) -> Iterator[Edit]:
    for alt, prior in _AUG_ALTS.get(type(node.operator), []):
        if _is_identity(alt, node.value):
            continue
        new = node.with_changes(operator=_op(alt, node.operator))
        yield _replace(ctx, node, new, "assignment operator", prior)
    plain = cst.Assign(targets=[cst.AssignTarget(target=node.target)], value=node.value)
    yield _replace(ctx, node, plain, "assignment operator", 0.35)


ASSIGN_BY_ANALOGY_PRIOR = 0.6
"""``result = result // n`` beside ``result -= result // p``: where the function updates the same
target in place elsewhere, the plain ``=`` is likely a slip for that operator."""


def _assign(ctx: Ctx, node: cst.Assign) -> Iterator[Edit]:
    targets = (cst.Name, cst.Attribute, cst.Subscript)
    if len(node.targets) != 1 or not isinstance(node.targets[0].target, targets):
        return
    target = node.targets[0].target
    operators: dict[type[Any], float] = {cst.AddAssign: 0.3}
    code = ctx.index.code(target)
    if isinstance(target, cst.Name) and ctx.site.in_loop and _subtracted_from(ctx, target.value):
        operators[cst.SubtractAssign] = SUBTRACTED_PRIOR
    if any(ctx.index.code(n) == code for n in descendants(node.value)):
        for used in _aug_operators_on(ctx, code):
            operators[type(used)] = ASSIGN_BY_ANALOGY_PRIOR
    if not isinstance(target, cst.Name):
        for kind in _aug_operators_in_file(ctx, code):
            operators[kind] = max(operators.get(kind, 0.0), SHARED_TARGET_PRIOR)
    for operator, prior in operators.items():
        if _is_identity(operator, node.value):
            continue  # ``x += ""`` does nothing: deleting the line, which the deletions offer
        reduced = _reduced_update(ctx, code, operator, node.value)
        if reduced is not None:
            yield _replace(ctx, node.value, reduced, "assignment operator", prior)
            continue
        aug = cst.AugAssign(target=target, operator=operator(), value=node.value)
        yield _replace(ctx, node, aug, "assignment operator", prior)


SUBTRACTED_PRIOR = 0.5


def _subtracted_from(ctx: Ctx, name: str) -> bool:
    """Whether the function takes amounts off ``name`` elsewhere (``table[w - cost]``): a
    plain ``w = cost`` in a loop there is likely the same taking, ``w -= cost``."""
    function = ctx.site.function
    if function is None:
        return False
    body = ctx.index.function_code(function)
    return re.search(rf"(?<![\w.]){re.escape(name)}\s*-\s*[\w(]", body) is not None


_BINARY_OF = {cst.AddAssign: "+", cst.SubtractAssign: "-", cst.MultiplyAssign: "*"}


def _reduced_update(
    ctx: Ctx, target: str, operator: type[Any], value: cst.BaseExpression
) -> cst.BaseExpression | None:
    """``total = (a * b) % m`` meant to accumulate: ``total = (total + a * b) % m`` keeps the
    running value reduced, where ``total += (a * b) % m`` lets it outgrow the modulus."""
    if not isinstance(value, cst.BinaryOperation) or not isinstance(value.operator, cst.Modulo):
        return None
    symbol = _BINARY_OF.get(operator)
    if symbol is None or any(ctx.index.code(n) == target for n in descendants(value)):
        return None
    left = value.left.with_changes(lpar=[], rpar=[])
    inner = _parse_expr(f"({target} {symbol} {ctx.index.code(left)})")
    return None if inner is None else value.with_changes(left=inner)


_IDENTITIES = {
    cst.AddAssign: {"0", "0.0", '""', "''", "[]", "()"}, cst.SubtractAssign: {"0", "0.0"},
    cst.MultiplyAssign: {"1", "1.0"}, cst.FloorDivideAssign: {"1"}, cst.DivideAssign: {"1"},
}  # fmt: skip


def _is_identity(operator: type[Any], value: cst.BaseExpression) -> bool:
    code = source_of(value)
    return code in _IDENTITIES.get(operator, set())


SHARED_TARGET_PRIOR = 0.45
"""``self.stock[coin] = count`` where other methods write ``self.stock[coin] -= 1`` and
``self.stock[coin] += count``: state the class only ever adjusts is adjusted here too."""


def _aug_operators_in_file(ctx: Ctx, target: str) -> list[type[cst.BaseAugOp]]:
    """The in-place operators (``+=``, ``-=``) the file applies to the same field or item."""
    found = ctx.index.memo(("aug targets",), lambda: _aug_targets(ctx))
    return found.get(target, [])


def _aug_targets(ctx: Ctx) -> dict[str, list[type[cst.BaseAugOp]]]:
    found: dict[str, list[type[cst.BaseAugOp]]] = {}
    for node in all_nodes(ctx.index.module):
        if isinstance(node, cst.AugAssign) and isinstance(node.operator, _ADJUSTING):
            kinds = found.setdefault(ctx.index.code(node.target), [])
            if type(node.operator) not in kinds:
                kinds.append(type(node.operator))
    return found


_ADJUSTING = (cst.AddAssign, cst.SubtractAssign)


def _aug_operators_on(ctx: Ctx, target: str) -> list[cst.BaseAugOp]:
    """The in-place operators the site's function applies to ``target``, in source order."""
    function = ctx.site.function
    if function is None:
        return []
    return [
        small.operator
        for stmt in function.statements
        if isinstance(stmt, cst.SimpleStatementLine)
        for small in stmt.body
        if isinstance(small, cst.AugAssign) and ctx.index.code(small.target) == target
    ]


DESCENDING_STOP_PRIOR = 0.8
"""``range(n, 0, -1)`` stops before 0; counting down to and including it needs ``-1``."""


def _is_descending_stop(ctx: Ctx, node: cst.Integer) -> bool:
    arg = _parent(ctx, node)
    call = _parent(ctx, arg) if isinstance(arg, cst.Arg) else None
    if not isinstance(call, cst.Call) or callee_name(call) != "range" or len(call.args) != 3:
        return False
    step = call.args[2].value
    return (
        call.args[1] is arg
        and isinstance(step, cst.UnaryOperation)
        and isinstance(step.operator, cst.Minus)
    )


_TABLE_PARTS = (cst.Element, cst.Tuple, cst.List, cst.DictElement, cst.Dict)


def _round_table_entry(ctx: Ctx, node: cst.Integer, value: int) -> bool:
    """``2000`` in a module-level table of limits (``[(500, 390), (2000, 590)]``): tables are
    written in round numbers, and a limit moved by one is seldom the fix a test means."""
    if value < 100 or value % 10:
        return False
    parent = _parent(ctx, node)
    if not isinstance(parent, _TABLE_PARTS):
        return False
    while isinstance(parent, _TABLE_PARTS):
        parent = _parent(ctx, parent)
    statement = _parent(ctx, parent) if isinstance(parent, cst.Assign) else None
    return isinstance(_parent(ctx, statement) if statement else None, cst.Module)


def _integer(ctx: Ctx, node: cst.Integer) -> Iterator[Edit]:
    try:
        value = int(node.value, 0)
    except ValueError:
        return
    parent = _parent(ctx, node)
    negative = isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Minus)
    target = parent if negative and parent is not None else node
    boundary = _is_boundary(ctx, target)
    prior = 0.8 if boundary else 0.45
    in_plus_minus = isinstance(parent, cst.BinaryOperation) and isinstance(
        parent.operator, (cst.Add, cst.Subtract)
    )
    round_entry = _round_table_entry(ctx, node, value)
    for new_value in (value + 1, value - 1):
        if new_value < 0 or (new_value == 0 and in_plus_minus):
            continue
        edit = _replace(ctx, node, cst.Integer(str(new_value)), "off-by-one", prior)
        if round_entry:
            edit.suspect = "turns a round entry of a constant table into an odd one"
        yield edit
    if value == 0 and _is_descending_stop(ctx, node):
        yield _replace(ctx, node, cst.parse_expression("-1"), "off-by-one", DESCENDING_STOP_PRIOR)
    if value == 0 and isinstance(parent, cst.Element) and _is_fill(ctx, parent):
        yield _replace(ctx, node, cst.parse_expression("-1"), "sentinel", FILL_SENTINEL_PRIOR)
    if negative and value == 1 and isinstance(_parent(ctx, target), cst.Index):
        yield _replace(ctx, target, cst.Integer("0"), "first/last index", 0.5)
    elif value == 0 and isinstance(parent, cst.Index):
        yield _replace(ctx, node, cst.parse_expression("-1"), "first/last index", 0.5)
