"""A bound the docstring words one way and the code compares the other: "fires after samples
at or above ``high``" above ``if value > self.high:``. The words fix whether the bound itself
counts, so the comparison takes the operator they name (``value >= self.high``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _normal, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, descendants

INCLUSIVE_PRIOR = 0.6
_BOUND = r"(?<![\w`])`{0,2}(?!at\b)([A-Za-z_]\w*)`{0,2}"
_STRICT = r"(?<!at or )(?<!not )(?<!no )\b"
_WORDINGS: tuple[tuple[str, str], ...] = (
    (rf"\bat or above {_BOUND}", ">="), (rf"{_BOUND} or (?:above|more|higher|greater)\b", ">="),
    (rf"\b(?:at least|no less than|not below) {_BOUND}", ">="),
    (rf"\bat or below {_BOUND}", "<="), (rf"{_BOUND} or (?:below|less|fewer|lower)\b", "<="),
    (rf"\b(?:at most|no more than|not above) {_BOUND}", "<="),
    (rf"{_STRICT}(?:above|over|more than|greater than|higher than) {_BOUND}", ">"),
    (rf"{_STRICT}(?:below|under|less than|fewer than|lower than) {_BOUND}", "<"),
)  # fmt: skip
_OPERATORS: dict[str, type[cst.BaseCompOp]] = {
    ">=": cst.GreaterThanEqual, "<=": cst.LessThanEqual, ">": cst.GreaterThan, "<": cst.LessThan,
}  # fmt: skip
_FLIPPED = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}


def documented_bound_edits(ctx: Ctx) -> Iterator[Edit]:
    bounds = ctx.index.memo(("documented bounds",), lambda: _documented_bounds(ctx))
    if not bounds:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
                continue
            wanted = _wanted(node, bounds)
            target = node.comparisons[0]
            if wanted is None or isinstance(target.operator, _OPERATORS[wanted]):
                continue
            changed = target.with_changes(operator=_OPERATORS[wanted]())
            new = node.with_changes(comparisons=[changed])
            edit = _replace(ctx, node, new, "documented bound", INCLUSIVE_PRIOR)
            edit.structural = True
            yield edit


def _wanted(node: cst.Comparison, bounds: dict[str, set[str]]) -> str | None:
    """The operator the words give this comparison; only for the near miss (``>`` for ``>=``,
    not ``<`` for ``>=``), and only when the words give one operator in that direction."""
    left, right, operator = node.left, node.comparisons[0].comparator, node.comparisons[0].operator
    current = next((s for s, kind in _OPERATORS.items() if isinstance(operator, kind)), None)
    right_bound, left_bound = _named(right), _named(left)
    if current is None or (right_bound in bounds) == (left_bound in bounds):
        return None
    if right_bound in bounds:
        documented = bounds[right_bound]
    else:  # the bound on the left: ``high <= value`` reads as ``value >= high``
        documented = {_FLIPPED[op] for op in bounds[left_bound or ""]}
    near = [op for op in documented if op[0] == current[0]]
    return near[0] if len(near) == 1 else None


def _named(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    return None


def _documented_bounds(ctx: Ctx) -> dict[str, set[str]]:
    """The operators the docstrings' wording gives each name they bound."""
    found: dict[str, set[str]] = {}
    names = ctx.index.identifiers()
    for text in _docstrings(ctx):
        for pattern, operator in _WORDINGS:
            for name in re.findall(pattern, text):
                if name in names:
                    found.setdefault(name, set()).add(operator)
    return found


def _docstrings(ctx: Ctx) -> Iterator[str]:
    yield _normal(ctx.index.module.get_docstring() or "")
    for node in all_nodes(ctx.index.module):
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
            yield _normal(node.get_docstring() or "")
