"""A fallback of another type than the value it stands in for. ``entry.version if entry is not
None else None`` gives ``None`` where every other answer is a number, and a caller comparing
versions (``current != expected`` with ``expected=0`` for "never written") sees a mismatch: a
number's fallback is zero."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    all_nodes,
    callee_name,
    descendants,
    sole_assignment,
)

ZERO_FALLBACK_PRIOR = 0.5
_NUMERIC_TYPES = {"int", "float"}
_NUMERIC_CALLS = {"len", "sum", "int", "float", "round", "abs", "count", "index", "find"}
_ARITHMETIC = (cst.Add, cst.Subtract, cst.Multiply, cst.Divide, cst.FloorDivide, cst.Modulo)


def zero_fallback_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.IfExp):
                continue
            for fallback, other in ((node.orelse, node.body), (node.body, node.orelse)):
                if _is_none(fallback) and _is_number(ctx.index, other):
                    yield _replace(ctx, fallback, cst.Integer("0"), "fallback of the value's type",
                                   ZERO_FALLBACK_PRIOR)  # fmt: skip


def _is_none(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "None"


def _is_number(index: FileIndex, node: cst.BaseExpression) -> bool:
    if isinstance(node, (cst.Integer, cst.Float)):
        return True
    if isinstance(node, cst.Call):
        return callee_name(node) in _NUMERIC_CALLS
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, _ARITHMETIC):
        return _is_number(index, node.left) or _is_number(index, node.right)
    if isinstance(node, cst.Attribute):
        return node.attr.value in _numeric_fields(index)
    return False


def _numeric_fields(index: FileIndex) -> frozenset[str]:
    """Fields some class of the file annotates as a number (``version: int``)."""
    return index.memo(("numeric fields",), lambda: frozenset(_annotated_numbers(index)))


def _annotated_numbers(index: FileIndex) -> Iterator[str]:
    for node in all_nodes(index.module):
        if not isinstance(node, cst.ClassDef):
            continue
        for stmt in node.body.body:
            field = sole_assignment(stmt)
            if not isinstance(field, cst.AnnAssign) or not isinstance(field.target, cst.Name):
                continue
            if index.code(field.annotation.annotation) in _NUMERIC_TYPES:
                yield field.target.value
