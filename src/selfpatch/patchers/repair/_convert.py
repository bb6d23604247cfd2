"""Missing conversion: a value returned where the function declares another type
(``return count`` in a ``-> str`` function), or used where the error names the type it wanted
(``can only concatenate str (not "int") to str``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _last_assignment,
    _parent,
    _parse_expr,
    _replace,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import BUILTIN_NAMES, all_nodes, sole_assignment

CONVERSIONS = ("str", "int", "float", "bool", "list", "tuple", "set", "dict")
ANNOTATED_PRIOR = 0.45
MESSAGE_PRIOR = 0.35
TYPE_IN_MESSAGE = re.compile(
    r"(?:expected|must be|only concatenate|can't convert|not supported between) "
    r"(?:a |an )?'?(str|int|float)\b"
)


def conversion_edits(ctx: Ctx) -> Iterator[Edit]:
    """Missing conversion: ``return count`` in a function declared ``-> str``, or a value
    at the failing line when the error names the type it wanted (``expected str instance``)."""
    if isinstance(ctx.site.node, cst.SimpleStatementLine):
        for small in ctx.site.node.body:
            if isinstance(small, cst.Return) and small.value is not None:
                wanted = _declared_return(ctx)
                if wanted is not None:
                    yield from _convert(ctx, small.value, wanted, ANNOTATED_PRIOR)
    yield from _element_conversions(ctx)
    yield from _digit_tested_conversions(ctx)
    if not ctx.raised_here:
        return
    yield from _mixed_comparison_conversions(ctx)
    for wanted in _types_in_messages(ctx):
        for root in ctx.site.roots:
            for node in _convertible(ctx, root):
                yield from _convert(ctx, node, wanted, MESSAGE_PRIOR)


DIGITS_PRIOR = 0.55
_DIGIT_TESTS = frozenset({"isdigit", "isdecimal", "isnumeric"})


def _digit_tested_conversions(ctx: Ctx) -> Iterator[Edit]:
    """``if identifier.isdigit(): return (0, identifier, "")``: text tested for digits is
    meant as the number it spells, and the branch uses it as text: ``int(identifier)``."""
    tested = _digit_tested(ctx)
    if tested is None:
        return
    for root in ctx.site.roots:
        for node in _convertible(ctx, root):
            parent = _parent(ctx, node)
            converted = isinstance(parent, cst.Arg) and isinstance(_parent(ctx, parent), cst.Call)
            if isinstance(node, cst.Name) and node.value == tested and not converted:
                edit = structural_edit(
                    ctx, node, f"int({tested})", "missing conversion", DIGITS_PRIOR
                )
                if edit is not None:
                    yield edit


def _digit_tested(ctx: Ctx) -> str | None:
    """``x`` when the site stands in the body of ``if x.isdigit():``."""
    node: cst.CSTNode | None = ctx.site.node
    while node is not None and not isinstance(node, cst.FunctionDef):
        parent = ctx.index.parents.get(node)
        if (
            isinstance(parent, cst.IndentedBlock)
            and isinstance(owner := ctx.index.parents.get(parent), cst.If)
            and owner.body is parent
        ):
            test = owner.test
            if (
                isinstance(test, cst.Call)
                and isinstance(test.func, cst.Attribute)
                and test.func.attr.value in _DIGIT_TESTS
                and isinstance(test.func.value, cst.Name)
            ):
                return test.func.value.value
        node = parent
    return None


ELEMENT_PRIOR = 0.4
ELEMENT_TYPE = re.compile(r"\b(str|int|float|bool)\]+$")


def _element_conversions(ctx: Ctx) -> Iterator[Edit]:
    """``latencies[model].append(row["latency_ms"])`` where ``latencies`` is declared
    ``dict[str, list[float]]``: a raw field stored where the declared element type is a
    number (CSV and JSON fields arrive as text)."""
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
                continue
            if node.func.attr.value not in {"append", "add"} or len(node.args) != 1:
                continue
            value = node.args[0].value
            wanted = _element_type(ctx, node.func.value)
            if wanted and isinstance(value, (cst.Subscript, cst.Attribute, cst.Name)):
                yield from _convert(ctx, value, wanted, ELEMENT_PRIOR)


MIXED_PRIOR = 0.5
MIXED_TYPES = re.compile(
    r"not supported between instances of '(str|int|float)' and '(str|int|float)'"
)


def _mixed_comparison_conversions(ctx: Ctx) -> Iterator[Edit]:
    """Text compared with a number (``'>' not supported between instances of 'str' and
    'float'``): the text came from a header, a field or a file, and the number it stands for
    is what the code goes on to use. The conversion goes where the local is assigned (``wait =
    header if header is not None else default`` -> ``float(header)``), so every later use gets
    the number too; at the comparison itself it is a lesser fix."""
    wanted = _number_against_text(ctx)
    if wanted is None:
        return
    for root in ctx.site.roots:
        for name in all_nodes(root):
            if not isinstance(name, cst.Name) or not _compared(ctx, name):
                continue
            assigned = _last_assignment(ctx, name.value)
            if assigned is None:
                continue
            value = sole_assignment(assigned)
            assert isinstance(value, cst.Assign)
            for leaf in _leaves(value.value):
                yield from _convert(ctx, leaf, wanted, MIXED_PRIOR)


def _number_against_text(ctx: Ctx) -> str | None:
    for message in ctx.evidence.messages:
        found = MIXED_TYPES.search(message)
        if found is not None and "str" in found.groups():
            numbers = [t for t in found.groups() if t != "str"]
            if numbers:
                return numbers[0]
    return None


def _compared(ctx: Ctx, name: cst.Name) -> bool:
    """Whether the name is an operand of a comparison, on either side."""
    parent = _parent(ctx, name)
    if isinstance(parent, cst.Comparison):
        return parent.left is name
    return isinstance(parent, cst.ComparisonTarget) and parent.comparator is name


def _leaves(value: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The values an assignment can take: both arms of a conditional expression."""
    if isinstance(value, cst.IfExp):
        return [*_leaves(value.body), *_leaves(value.orelse)]
    return [value]


def _element_type(ctx: Ctx, container: cst.BaseExpression) -> str:
    while isinstance(container, cst.Subscript):
        container = container.value
    function = ctx.site.function
    if not isinstance(container, cst.Name) or function is None:
        return ""
    for stmt in function.statements:
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        if isinstance(small, cst.AnnAssign) and ctx.index.code(small.target) == container.value:
            found = ELEMENT_TYPE.search(ctx.index.code(small.annotation.annotation))
            return found.group(1) if found else ""
    return ""


def _declared_return(ctx: Ctx) -> str | None:
    function = ctx.site.function
    returns = function.node.returns if function is not None else None
    annotation = returns.annotation if returns is not None else None
    if isinstance(annotation, cst.Name) and annotation.value in CONVERSIONS:
        return annotation.value
    return None


def _types_in_messages(ctx: Ctx) -> list[str]:
    found: dict[str, None] = {}
    for message in ctx.evidence.messages:
        for wanted in TYPE_IN_MESSAGE.findall(message):
            found.setdefault(wanted)
    return list(found)


def _convertible(ctx: Ctx, root: cst.CSTNode) -> Iterator[cst.BaseExpression]:
    for node in all_nodes(root):
        if isinstance(node, (cst.Name, cst.Subscript, cst.Attribute)):
            parent = _parent(ctx, node)
            if isinstance(parent, (cst.Attribute, cst.Subscript, cst.AssignTarget)):
                continue
            if isinstance(parent, cst.Call) and node is parent.func:
                continue
            if isinstance(node, cst.Name) and node.value in BUILTIN_NAMES | {"self", "cls"}:
                continue
            yield node


def _convert(ctx: Ctx, node: cst.BaseExpression, wanted: str, prior: float) -> Iterator[Edit]:
    if isinstance(node, (cst.SimpleString, cst.FormattedString, cst.Integer, cst.Float)):
        return
    if isinstance(node, cst.Call):
        return  # a call's own result type is not this site's slip
    new = _parse_expr(f"{wanted}({ctx.index.code(node)})")
    if new is not None:
        yield _replace(ctx, node, new, "missing conversion", prior)
