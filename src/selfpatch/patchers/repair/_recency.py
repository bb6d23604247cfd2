"""An ``OrderedDict`` kept in recency order, evicted with ``popitem``, whose hit path
(``if key in self._recent:``) uses the entry without ``move_to_end(key)``: the entry keeps its
old place, and the next eviction can take the key just used."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_after,
    _insert_before,
    _is_terminal,
    _parent,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, callee_name

RECENCY_PRIOR = 0.6


def recency_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None or function.cls is None:
        return
    hit = _hit_test(ctx)
    if hit is None:
        return
    key, container = hit
    if container not in ctx.index.memo(("recency orders",), lambda: _orders(ctx)):
        return
    branch = _parent(ctx, ctx.site.node)
    if any(_calls(node, "move_to_end") for node in all_nodes(branch or ctx.site.node)):
        return
    if f"{container}[{key}]" not in ctx.index.code(ctx.site.node):
        return
    code = f"{container}.move_to_end({key})\n"
    insert = _insert_before if _is_terminal(ctx.site.node) else _insert_after
    edit = insert(ctx, code, "missing function call", RECENCY_PRIOR, structural=True)
    if edit is not None:
        yield edit


def _hit_test(ctx: Ctx) -> tuple[str, str] | None:
    """``(key, container)`` of the ``if key in container:`` whose body holds the statement."""
    block = _parent(ctx, ctx.site.node)
    branch = _parent(ctx, block) if isinstance(block, cst.IndentedBlock) else None
    if not isinstance(branch, cst.If) or not isinstance(branch.test, cst.Comparison):
        return None
    test = branch.test
    if len(test.comparisons) != 1 or not isinstance(test.comparisons[0].operator, cst.In):
        return None
    return ctx.index.code(test.left), ctx.index.code(test.comparisons[0].comparator)


def _orders(ctx: Ctx) -> frozenset[str]:
    """Fields bound to an ``OrderedDict`` that the file also evicts from with ``popitem``."""
    ordered, evicted = set(), set()
    for node in all_nodes(ctx.index.module):
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Call):
            if callee_name(node.value) == "OrderedDict":
                ordered |= {ctx.index.code(t.target) for t in node.targets}
        elif _calls(node, "popitem"):
            assert isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            evicted.add(ctx.index.code(node.func.value))
    return frozenset(ordered & evicted)


def _calls(node: cst.CSTNode, method: str) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == method
    )
