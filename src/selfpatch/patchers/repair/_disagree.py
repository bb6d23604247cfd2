"""A condition that tests another quantity than the one its body reports. In
``elif now - self.started > self.idle: raise StreamTimeout("idle", now - self.last_chunk)`` the
body says what was measured (time since the last chunk) and the test measures something else:
the operand the two differ in is swapped either way, the test's for the body's first (a
message is written while thinking of the right quantity more often than the test is)."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, descendants

TEST_PRIOR = 0.6
BODY_PRIOR = 0.4
_OPERANDS = (cst.Name, cst.Attribute)
_OPERATORS = (cst.Subtract, cst.Add, cst.Divide)


def disagreeing_test_edits(ctx: Ctx) -> Iterator[Edit]:
    node = ctx.site.node
    if not isinstance(node, cst.If):
        return
    reported = [op for stmt in node.body.body if isinstance(stmt, cst.SimpleStatementLine)
                for op in _differences(stmt)]  # fmt: skip
    for tested in _differences(node.test):
        for other in reported:
            swap = _differing_operand(ctx, tested, other)
            if swap is None:
                continue
            old, new = swap
            edit = _replace(ctx, old, new.deep_clone(), "wrong variable", TEST_PRIOR)
            edit.structural = True
            yield edit
            yield _replace(ctx, new, old.deep_clone(), "wrong variable", BODY_PRIOR)


def _differences(node: cst.CSTNode) -> list[cst.BinaryOperation]:
    walk = descendants(node) if isinstance(node, cst.BaseExpression) else all_nodes(node)
    return [
        n for n in walk
        if isinstance(n, cst.BinaryOperation) and isinstance(n.operator, _OPERATORS)
        and isinstance(n.left, _OPERANDS) and isinstance(n.right, _OPERANDS)
    ]  # fmt: skip


def _differing_operand(
    ctx: Ctx, tested: cst.BinaryOperation, reported: cst.BinaryOperation
) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """(the test's operand, the body's) where the two agree in all but that operand."""
    if type(tested.operator) is not type(reported.operator):
        return None
    code = ctx.index.code
    left_same = code(tested.left) == code(reported.left)
    right_same = code(tested.right) == code(reported.right)
    if left_same and not right_same:
        return tested.right, reported.right
    if right_same and not left_same:
        return tested.left, reported.left
    return None
