"""An edit is a set of node replacements in one parsed file; rendering keeps the formatting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import libcst as cst
from libcst.metadata import CodeRange

Replacement = cst.CSTNode | cst.FlattenSentinel[cst.CSTNode] | cst.RemovalSentinel
Span = tuple[int, int, int, int]
"""start line, start column, end line, end column of a replaced node."""


@dataclass(slots=True, eq=False)
class Edit:
    path: str
    line: int
    kind: str
    description: str
    prior: float
    replacements: list[tuple[cst.CSTNode, Replacement]]
    spans: list[Span] = field(default_factory=list)
    imports: tuple[str, ...] = ()
    deletes: bool = False
    """Only removes behaviour (a statement, a condition): ranked last among plausible patches."""
    weakens: bool = False
    """Drops or loosens a check, catches broadly, unwraps a call, or stops an `x = f(x)` update."""
    structural: bool = False
    """Repairs a defect the code's own shape shows (a counter tested for zero that is never
    counted down, a loop that never emits its last group): among plausible patches it outranks
    a mere operator or constant change that happens to pass the same tests."""
    familiar: bool = False
    """The new code already appears elsewhere in the file (``table[i - 1]`` beside a buggy
    ``table[i]``): among equally small patches, code that repeats the file's own is likelier."""
    breaks_idiom: bool = False
    """Changes one copy of an expression the file spells the same way at least three times
    (``-self._low[0]`` for the top of a negated heap): the copies agree on what it means, so
    among plausible patches another change is likelier than the one that breaks the pattern."""
    suspect: str = ""
    """Why the new code reads like a slip rather than a fix, if it does: an index that counts
    from 0 shifted down (``xs[i - 1]`` for ``i`` in ``range(len(xs))`` reads the last item
    first), or the two ends of a range added (``hi + lo`` for ``hi - lo``). Tests that pass
    that way seldom meant it, so among plausible patches this one comes after the others."""
    score: float = 0.0
    """prior x suspiciousness of the line; set by the engine."""

    def overlaps(self, other: Edit) -> bool:
        return any(_spans_overlap(a, b) for a in self.spans for b in other.spans)


def _spans_overlap(a: Span, b: Span) -> bool:
    a_start, a_end = (a[0], a[1]), (a[2], a[3])
    b_start, b_end = (b[0], b[1]), (b[2], b[3])
    return not (a_end <= b_start or b_end <= a_start)


class _Replacer(cst.CSTTransformer):
    """Swaps in the replacements; with the file's positions, it walks only the nodes around
    the edited spans (a full walk of the tree costs most of the time it takes to render)."""

    def __init__(
        self,
        mapping: dict[int, Replacement],
        spans: Sequence[Span],
        positions: Mapping[cst.CSTNode, CodeRange] | None,
    ) -> None:
        super().__init__()
        self.mapping = mapping
        self.spans = spans
        self.positions = positions

    def on_visit(self, node: cst.CSTNode) -> bool:
        position = self.positions.get(node) if self.positions is not None else None
        if position is None:
            return True
        start, end = (
            (position.start.line, position.start.column),
            (
                position.end.line,
                position.end.column,
            ),
        )
        return any(start <= (s[2], s[3]) and (s[0], s[1]) <= end for s in self.spans)

    def on_leave(self, original_node: Any, updated_node: Any) -> Any:
        replacement = self.mapping.get(id(original_node))
        return updated_node if replacement is None else replacement


def render(
    module: cst.Module,
    edits: Sequence[Edit],
    positions: Mapping[cst.CSTNode, CodeRange] | None = None,
) -> str:
    """The code of ``module`` with every edit applied (edits must not overlap). Given the
    module's positions, only the nodes around the edits are walked."""
    mapping: dict[int, Replacement] = {}
    for edit in edits:
        for node, replacement in edit.replacements:
            mapping[id(node)] = replacement
    spans = [span for edit in edits for span in edit.spans]
    walk = positions if spans and len(spans) >= len(mapping) else None
    new_module = module.visit(_Replacer(mapping, spans, walk))
    imports = sorted({name for edit in edits for name in edit.imports})
    return _with_imports(new_module, imports).code


def _with_imports(module: cst.Module, names: Sequence[str]) -> cst.Module:
    missing = [n for n in names if not _imports(module, n)]
    if not missing:
        return module
    body = list(module.body)
    at = 0
    while at < len(body) and _is_preamble(body[at]):
        at += 1
    new = [cst.parse_statement(f"import {name}\n") for name in missing]
    return module.with_changes(body=[*body[:at], *new, *body[at:]])


def _imports(module: cst.Module, name: str) -> bool:
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Import) and any(
                isinstance(a.name, cst.Name)
                and a.name.value == name
                and (a.asname is None or module.code_for_node(a.asname.name) == name)
                for a in small.names
            ):
                return True
    return False


def _is_preamble(stmt: cst.BaseStatement) -> bool:
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.SimpleString):
        return True
    return (
        isinstance(small, cst.ImportFrom)
        and isinstance(small.module, cst.Name)
        and small.module.value == "__future__"
    )
