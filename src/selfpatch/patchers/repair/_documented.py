"""An offset the docstring spells and the code leaves out: "the number of trailing zeros of
i + 1" above ``step = i & -i``. The statement's reads of the name get the offset the
docstring gives it, all of them at once."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _binds_looser,
    _make,
    _parent,
    _parenthesized,
    _parse_expr,
)
from selfpatch.patchers.repair._edits import Edit, Replacement
from selfpatch.patchers.repair._index import Function, value_names

DOCUMENTED_PRIOR = 0.5
_OFFSET = re.compile(r"(?<![\w.])([A-Za-z_]\w*) ([+-]) 1(?![\w.])")


def documented_offset_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    offsets = ctx.index.memo(("documented offsets", id(function)), lambda: _offsets(function))
    if not offsets:
        return
    reads = [n for root in ctx.site.roots for n in value_names(root) if n.value in offsets]
    statement = ctx.index.code(ctx.site.node)
    for name in dict.fromkeys(n.value for n in reads):
        copies = [n for n in reads if n.value == name]
        for operator in offsets[name]:
            code = f"{name} {operator} 1"
            new = _parse_expr(code)
            if new is None or code in statement:
                continue
            replacements: list[tuple[cst.CSTNode, Replacement]] = [
                (n, _parenthesized(new) if _binds_looser(new, n, _parent(ctx, n)) else new)
                for n in copies
            ]
            shown = f" (at each of {len(copies)} copies)" if len(copies) > 1 else ""
            yield _make(ctx, "off-by-one", DOCUMENTED_PRIOR, replacements,
                        f"off-by-one: `{name}` -> `{code}`{shown}")  # fmt: skip


def _offsets(function: Function) -> dict[str, list[str]]:
    """Parameter and local names the docstring writes with ``+ 1`` or ``- 1``."""
    docstring = function.node.get_docstring() or ""
    names = set(function.params) | function.locals
    found: dict[str, list[str]] = {}
    for name, operator in _OFFSET.findall(docstring):
        if name in names and operator not in found.setdefault(name, []):
            found[name].append(operator)
    return found
