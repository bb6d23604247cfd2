"""A walk over the keys two mappings share whose body handles a key one of them lacks.
``for name in set(before).intersection(after)`` never meets a name missing from either, yet
the body reads ``before.get(name)`` and tests it for ``None``: the branch for added and removed
names is dead. The walk was meant to cover every key of either: ``union`` (``|`` for ``&``)."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, descendants

UNION_PRIOR = 0.7


def shared_keys_walk_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.target, cst.Name):
        return
    missing = _tested_missing(ctx.index, loop, loop.target.value)
    if not missing:
        return
    for node in descendants(loop.iter):
        edit = _widened(ctx, node, missing)
        if edit is not None:
            edit.structural = True
            yield edit


def _widened(ctx: Ctx, node: cst.CSTNode, missing: set[str]) -> Edit | None:
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        operands = [node.func.value, *(a.value for a in node.args)]
        if node.func.attr.value == "intersection" and _names_one(operands, missing):
            union = node.func.with_changes(attr=cst.Name("union"))
            return _replace(ctx, node.func, union, "incorrect method called", UNION_PRIOR)
    if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.BitAnd):
        return None
    if not _names_one([node.left, node.right], missing):
        return None
    either = node.with_changes(operator=cst.BitOr())
    return _replace(ctx, node, either, "incorrect method called", UNION_PRIOR)


def _names_one(operands: list[cst.BaseExpression], missing: set[str]) -> bool:
    """Whether an operand is one of the mappings (``set(before)``, ``before.keys()``)."""
    return any(
        isinstance(n, cst.Name) and n.value in missing for o in operands for n in all_nodes(o)
    )


def _tested_missing(index: FileIndex, loop: cst.For, key: str) -> set[str]:
    """The mappings ``m`` whose ``m.get(key)`` the body binds and tests for ``None``."""
    got: dict[str, str] = {}
    for node in all_nodes(loop.body):
        for target, value in _bindings(node):
            mapping = _got_from(index, value, key)
            if isinstance(target, cst.Name) and mapping is not None:
                got[target.value] = mapping
    tested = {
        index.code(node.left)
        for node in all_nodes(loop.body)
        if isinstance(node, cst.Comparison)
        and len(node.comparisons) == 1
        and isinstance(node.comparisons[0].operator, cst.Is)
        and index.code(node.comparisons[0].comparator) == "None"
    }
    return {mapping for name, mapping in got.items() if name in tested}


def _bindings(node: cst.CSTNode) -> list[tuple[cst.CSTNode, cst.CSTNode]]:
    """``(target, value)`` pairs of ``a = x`` and ``a, b = x, y``."""
    if not isinstance(node, cst.Assign) or len(node.targets) != 1:
        return []
    target, value = node.targets[0].target, node.value
    if isinstance(target, cst.Tuple) and isinstance(value, cst.Tuple):
        if len(target.elements) == len(value.elements):
            return [
                (t.value, v.value) for t, v in zip(target.elements, value.elements, strict=True)
            ]
        return []
    return [(target, value)]


def _got_from(index: FileIndex, value: cst.CSTNode, key: str) -> str | None:
    """``m`` for ``m.get(key)``."""
    if not isinstance(value, cst.Call) or not isinstance(value.func, cst.Attribute):
        return None
    if value.func.attr.value != "get" or not value.args:
        return None
    if index.code(value.args[0].value) != key or not isinstance(value.func.value, cst.Name):
        return None
    return value.func.value.value
