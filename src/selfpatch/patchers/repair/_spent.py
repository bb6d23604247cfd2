"""A budget a loop reads and never spends: ``equal = remaining // len(pending)`` in a loop one
of whose branches grants ``shares[i] = sizes[i]`` and moves on. What is granted comes out of
the budget, ``remaining -= sizes[i]`` after the grant, or the next round shares it again."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _parent, _sole_small
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, body_nodes, value_names

SPENT_PRIOR = 0.6
BUDGET_WORDS = frozenset({
    "remaining", "budget", "left", "capacity", "available", "free", "room", "balance", "quota",
    "allowance", "spare",
})  # fmt: skip


def unspent_budget_edits(ctx: Ctx) -> Iterator[Edit]:
    function, grant = ctx.site.function, _granted(ctx.site.node)
    loop = _enclosing_loop(ctx, ctx.site.node)
    if function is None or grant is None or loop is None:
        return
    granted = ctx.index.code(grant)
    for name in ctx.index.memo(("unspent", id(loop)), lambda: _unspent(function, loop)):
        if re.search(rf"\b{name}\b", granted):
            continue
        edit = _insert_after(
            ctx, f"{name} -= {granted}\n", "missing update", SPENT_PRIOR, structural=True
        )
        if edit is not None:
            yield edit


def _granted(stmt: cst.CSTNode) -> cst.BaseExpression | None:
    """The ``v`` of ``m[k] = v`` when ``v`` is worked out, not a literal reset."""
    small = _sole_small(stmt)
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return None
    if not isinstance(small.targets[0].target, cst.Subscript):
        return None
    value = small.value
    literal = (cst.Integer, cst.Float, cst.SimpleString, cst.List, cst.Dict, cst.Tuple)
    return None if isinstance(value, literal) or _is_constant(value) else value


def _is_constant(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value in {"None", "True", "False"}


def _enclosing_loop(ctx: Ctx, stmt: cst.CSTNode) -> cst.For | cst.While | None:
    node = _parent(ctx, stmt)
    while node is not None and not isinstance(node, cst.FunctionDef):
        if isinstance(node, (cst.For, cst.While)):
            return node
        node = _parent(ctx, node)
    return None


def _unspent(function: Function, loop: cst.For | cst.While) -> list[str]:
    """Budget-named locals and parameters the loop reads and never assigns."""
    assigned = {
        target.value
        for node in body_nodes(loop)
        for target in _targets(node)
        if isinstance(target, cst.Name)
    }
    read = {n.value for n in value_names(loop)}
    bound = function.locals | set(function.params)
    return sorted(
        name for name in (read & bound) - assigned if BUDGET_WORDS & set(name.lower().split("_"))
    )


def _targets(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    if isinstance(node, cst.Assign):
        for target in node.targets:
            yield from all_nodes(target.target)
    elif isinstance(node, (cst.AugAssign, cst.AnnAssign)):
        yield node.target
