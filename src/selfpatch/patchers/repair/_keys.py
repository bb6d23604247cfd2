"""Keys that skip the normalization every other access applies: ``self._usage.get(
canonical_model(model))`` in one method and ``self._usage.setdefault(model, ...)`` in another
store under the raw key what is looked up under the normal one. The bare key gets the call
the other accesses of the same container make."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, descendants

NORMAL_KEY_PRIOR = 0.65
_KEYED = frozenset({"get", "setdefault", "pop"})


def normal_key_edits(ctx: Ctx) -> Iterator[Edit]:
    wrappers = ctx.index.memo(("key wrappers",), lambda: _key_wrappers(ctx.index))
    if not wrappers:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            access = _key_access(ctx.index, node)
            if access is None:
                continue
            container, key = access
            if not isinstance(key, cst.Name):
                continue
            for callee in wrappers.get(container, []):
                new = cst.Call(func=cst.parse_expression(callee), args=[cst.Arg(key)])
                edit = _replace(ctx, key, new, "key not normalized", NORMAL_KEY_PRIOR)
                edit.structural = True
                yield edit


def _key_wrappers(index: FileIndex) -> dict[str, list[str]]:
    """For each container: the one-argument calls its keys go through somewhere in the file."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(index.module):
        access = _key_access(index, node)
        if access is None:
            continue
        container, key = access
        if isinstance(key, cst.Call) and len(key.args) == 1 and not key.args[0].keyword:
            callee = index.code(key.func)
            if callee == "len":
                continue
            if callee not in found.setdefault(container, []):
                found[container].append(callee)
    return found


def _key_access(index: FileIndex, node: cst.CSTNode) -> tuple[str, cst.BaseExpression] | None:
    """(container, key) of ``c[key]``, ``c.get(key, ...)``, ``c.setdefault(key, ...)``,
    ``c.pop(key, ...)`` and ``key in c``."""
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        element = node.slice[0].slice
        if isinstance(element, cst.Index):
            return index.code(node.value), element.value
    if (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.args
        and node.func.attr.value in _KEYED
        and not node.args[0].keyword
    ):
        return index.code(node.func.value), node.args[0].value
    if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        target = node.comparisons[0]
        if isinstance(target.operator, (cst.In, cst.NotIn)):
            return index.code(target.comparator), node.left
    return None
