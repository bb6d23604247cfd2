"""A set built from the same data as one the function narrows, left wide. ``pending =
set(requires)`` is narrowed by ``pending -= installed``; ``set(requires.get(name, ()))``, built
from ``requires`` too, still holds what is installed. The exclusion that holds for one holds for
the other: ``set(requires.get(name, ())) - installed``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    FileIndex,
    Function,
    body_nodes,
    callee_name,
    descendants,
    value_names,
)

EXCLUDED_PRIOR = 0.55

Exclusion = tuple[str, str, frozenset[str]]
"""(the narrowed set, what it is narrowed by, the names it was built from)."""


def excluded_set_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    exclusions = ctx.index.memo(
        ("exclusions", id(function)), lambda: _exclusions(ctx.index, function)
    )
    if not exclusions:
        return
    statement = ctx.index.code(ctx.site.node)
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Call) or callee_name(node) != "set" or len(node.args) != 1:
                continue
            read = {n.value for n in value_names(node.args[0].value)}
            for narrowed, excluded, sources in exclusions:
                if read & sources and narrowed not in read and excluded not in statement:
                    code = f"{ctx.index.code(node)} - {excluded}"
                    edit = structural_edit(ctx, node, code, "missing arithmetic", EXCLUDED_PRIOR)
                    if edit is not None:
                        yield edit


def _exclusions(index: FileIndex, function: Function) -> list[Exclusion]:
    built: dict[str, frozenset[str]] = {}
    found: list[Exclusion] = []
    for node in body_nodes(function.node.body):
        source = _set_built(node)
        if source is not None:
            built.setdefault(*source)
        if (
            isinstance(node, cst.AugAssign)
            and isinstance(node.operator, cst.SubtractAssign)
            and isinstance(node.target, cst.Name)
            and isinstance(node.value, cst.Name)
            and node.target.value in built
        ):
            found.append((node.target.value, node.value.value, built[node.target.value]))
    return found


def _set_built(node: cst.CSTNode) -> tuple[str, frozenset[str]] | None:
    """``(name, names read)`` for ``name = set(<expression>)``."""
    if not isinstance(node, cst.Assign) or len(node.targets) != 1:
        return None
    target, value = node.targets[0].target, node.value
    if not isinstance(target, cst.Name) or not isinstance(value, cst.Call):
        return None
    if callee_name(value) != "set" or len(value.args) != 1:
        return None
    names = {n.value for n in value_names(value.args[0].value)}
    return target.value, frozenset(names - BUILTIN_NAMES)
