"""A table that pairs an operator's symbol with the function that computes it, one pair
crossed: ``(">=", operator.gt)``. The symbol says which function it means, so the function is
made to agree with it: ``operator.ge``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import descendants

SYMBOL_PRIOR = 0.8
FUNCTIONS = {
    "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne", "+": "add",
    "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
    "&": "and_", "|": "or_", "^": "xor", "<<": "lshift", ">>": "rshift",
}  # fmt: skip
_KNOWN = frozenset(FUNCTIONS.values())


def crossed_symbol_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            pair = _pair(node)
            if pair is None:
                continue
            symbol, function = pair
            wanted = FUNCTIONS.get(symbol)
            name = function.attr if isinstance(function, cst.Attribute) else function
            if wanted is None or not isinstance(name, cst.Name) or name.value not in _KNOWN:
                continue
            if name.value != wanted:
                new = ctx.index.code(function)[: -len(name.value)] + wanted
                edit = structural_edit(ctx, function, new, "wrong function", SYMBOL_PRIOR)
                if edit is not None:
                    yield edit


def _pair(node: cst.CSTNode) -> tuple[str, cst.BaseExpression] | None:
    """``(symbol, function)`` of ``("<=", operator.le)`` or of ``"<=": operator.le``."""
    if isinstance(node, cst.Tuple) and len(node.elements) == 2:
        key, value = node.elements[0].value, node.elements[1].value
    elif isinstance(node, cst.DictElement):
        key, value = node.key, node.value
    else:
        return None
    symbol = key.evaluated_value if isinstance(key, cst.SimpleString) else None
    if not isinstance(symbol, str) or not isinstance(value, cst.Attribute | cst.Name):
        return None
    return symbol, value
