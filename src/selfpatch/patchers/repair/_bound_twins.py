"""One quantity held against one bound in two places: ``is_alive`` tests ``now - info.last_beat
< self.timeout`` and ``reap`` tests ``now - info.registered_at >= self.timeout``. Two methods
that ask the same question of the same limit (one the complement of the other) measure the same
thing; a test that measures another field of the same object reads the wrong one:
``now - info.last_beat >= self.timeout``."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, descendants
from selfpatch.patchers.repair._mirror import _one_attribute_apart

BOUND_TWIN_PRIOR = 0.55
_ORDERING = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)

Test = tuple[str, str, int]
"""A comparison's measured side, its bound, and the id of the function it is in."""


def bound_twin_edits(ctx: Ctx) -> Iterator[Edit]:
    tests = ctx.index.memo(("bounded tests",), lambda: _bounded_tests(ctx.index))
    function = id(ctx.site.function.node) if ctx.site.function else 0
    for root in ctx.site.roots:
        for node in descendants(root):
            if not _is_bounded_test(node):
                continue
            assert isinstance(node, cst.Comparison)
            measured, bound = (
                ctx.index.code(node.left),
                ctx.index.code(node.comparisons[0].comparator),
            )
            seen: set[str] = set()
            for other, other_bound, where in tests:
                pair = _one_attribute_apart(measured, other) if other_bound == bound else None
                if pair is None or where == function or pair[1] in seen:
                    continue
                seen.add(pair[1])
                code = re.sub(rf"\.{pair[0]}\b", f".{pair[1]}", measured)
                edit = structural_edit(ctx, node.left, code, "wrong attribute", BOUND_TWIN_PRIOR)
                if edit is not None:
                    yield edit


def _is_bounded_test(node: cst.CSTNode) -> bool:
    """A single ordering comparison of a computed value with a named bound."""
    if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
        return False
    target = node.comparisons[0]
    return (
        isinstance(target.operator, _ORDERING)
        and isinstance(node.left, cst.BinaryOperation)
        and isinstance(target.comparator, (cst.Name, cst.Attribute))
    )


def _bounded_tests(index: FileIndex) -> list[Test]:
    found: list[Test] = []
    for function in index.functions:
        for node in all_nodes(function.node):
            if _is_bounded_test(node):
                assert isinstance(node, cst.Comparison)
                bound = index.code(node.comparisons[0].comparator)
                found.append((index.code(node.left), bound, id(function.node)))
    return found
