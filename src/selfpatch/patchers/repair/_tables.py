"""Incorrect data-structure constants: a lookup table (``PAIRS = {")": "(", "}": "["}``,
``NUMERALS = [(40, "LX"), ...]``) with one entry wrong. Two shapes are common and cheap to try:
two characters of a short string transposed (a typo), and a value copied from the entry above
(one value appears twice in a table whose other values are all distinct). The copy is replaced
by characters of the same kind that the failing inputs use."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace, _string_literal
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    all_nodes,
    descendants,
    sole_assignment,
)

TRANSPOSE_PRIOR = 0.45
DUPLICATE_PRIOR = 0.5
DUPLICATE_ENTRY_PRIOR = 0.7
EARLIER_COPY = 0.9
MAX_TRANSPOSE_LENGTH = 4
MAX_REPLACEMENTS = 10
COLLECTIONS = (cst.Dict, cst.List, cst.Tuple, cst.Set)


def table_edits(ctx: Ctx) -> Iterator[Edit]:
    table = constant_table(ctx.site.node)
    if table is None:
        return
    for node in descendants(table):
        if isinstance(node, cst.SimpleString) and _is_plain_string(node):
            yield from _transpositions(ctx, node)
    yield from _duplicate_values(ctx, table)
    yield from _duplicate_tuple(ctx, table)
    yield from _outlier_entry(ctx, table)


def constant_table(stmt: cst.CSTNode) -> cst.BaseExpression | None:
    """The collection literal a ``NAME = {...}`` / ``[...]`` statement defines (the engine asks
    only about top-level statements)."""
    assignment = sole_assignment(stmt)
    value = assignment.value if assignment is not None else None
    return value if isinstance(value, COLLECTIONS) else None


def table_name(stmt: cst.CSTNode) -> str | None:
    assignment = sole_assignment(stmt)
    if assignment is None or not isinstance(assignment.value, COLLECTIONS):
        return None
    if isinstance(assignment, cst.Assign):
        target = assignment.targets[0].target
    else:
        target = assignment.target
    return target.value if isinstance(target, cst.Name) else None


def _is_plain_string(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.SimpleString) and isinstance(node.evaluated_value, str)


def _transpositions(ctx: Ctx, node: cst.SimpleString) -> Iterator[Edit]:
    value = node.evaluated_value
    assert isinstance(value, str)
    if not 2 <= len(value) <= MAX_TRANSPOSE_LENGTH:
        return
    for i in range(len(value) - 1):
        if value[i] == value[i + 1]:
            continue
        swapped = value[:i] + value[i + 1] + value[i] + value[i + 2 :]
        literal = _string_literal(node, swapped)
        if literal is not None:
            yield _replace(ctx, node, literal, "transposed characters", TRANSPOSE_PRIOR)


def _duplicate_values(ctx: Ctx, table: cst.BaseExpression) -> Iterator[Edit]:
    entries = _entries(table)
    counts = Counter(v.evaluated_value for _, v in entries)
    repeated = [value for value, count in counts.items() if count == 2]
    if len(repeated) != 1 or len(entries) < 3 or len(entries) != len(counts) + 1:
        return
    present: set[object] = set(counts) | {key for key, _ in entries}
    for key, node in entries:
        old = node.evaluated_value
        if old != repeated[0] or not isinstance(old, str):
            continue
        choices = _same_kind(old, key, ctx.evidence.characters, present)
        for rank, new in enumerate(choices[:MAX_REPLACEMENTS]):
            literal = _string_literal(node, new)
            if literal is not None:
                prior = DUPLICATE_PRIOR * (1.0 - 0.02 * rank)
                edit = _replace(ctx, node, literal, "duplicated table value", prior)
                if key is not None:
                    edit.description += f" (entry {key!r})"
                yield edit


OUTLIER_PRIOR = 0.6
MIN_REGULAR = 3


def _outlier_entry(ctx: Ctx, table: cst.BaseExpression) -> Iterator[Edit]:
    """A table of number tuples where every entry but one has the same magnitudes (knight moves,
    grid neighbours, unit vectors): the odd entry is the likely typo; each of its numbers is
    tried one up and one down, as a structural repair."""
    if not isinstance(table, (cst.List, cst.Tuple, cst.Set)):
        return
    rows = [_numbers(e.value) for e in table.elements]
    if len(rows) < MIN_REGULAR + 1 or any(r is None for r in rows):
        return
    shapes = Counter(tuple(sorted(abs(v) for v, _ in row)) for row in rows if row is not None)
    if len(shapes) != 2 or min(shapes.values()) != 1:
        return
    odd = next(row for row in rows if row and shapes[tuple(sorted(abs(v) for v, _ in row))] == 1)
    entry = tuple(value for value, _ in odd)
    for position, (value, node) in enumerate(odd):
        for new in (value + 1, value - 1):
            literal = cst.parse_expression(str(new))
            edit = _replace(ctx, node, literal, "outlier table entry", OUTLIER_PRIOR)
            edit.description += f" (item {position} of {entry})"
            edit.structural = True
            yield edit


def _duplicate_tuple(ctx: Ctx, table: cst.BaseExpression) -> Iterator[Edit]:
    """A table of number tuples with one entry written twice (``[(1, 0), (1, 0), (0, 1)]``):
    one copy was meant to be a mirror of the other. Each copy is tried with its signs flipped
    or its numbers swapped, where that gives an entry the table lacks. The later copy comes
    first: a line pasted below its original is the one left unedited."""
    if not isinstance(table, (cst.List, cst.Tuple, cst.Set)):
        return
    rows = [_numbers(e.value) for e in table.elements]
    if len(rows) < MIN_REGULAR or any(r is None for r in rows):
        return
    entries = [tuple(v for v, _ in row) for row in rows if row is not None]
    counts = Counter(entries)
    if sorted(counts.values())[-1:] != [2] or list(counts.values()).count(2) != 1:
        return
    twice = next(entry for entry, count in counts.items() if count == 2)
    copies = [e for e, entry in zip(table.elements, entries, strict=True) if entry == twice]
    for copy, element in enumerate(copies):
        for new in _mirrors(twice):
            if new in counts:
                continue
            literal = cst.parse_expression(repr(new) if len(new) > 1 else f"({new[0]},)")
            prior = DUPLICATE_ENTRY_PRIOR * (1.0 if copy == len(copies) - 1 else EARLIER_COPY)
            edit = _replace(ctx, element.value, literal, "duplicated table entry", prior)
            edit.description += f" (copy {copy + 1} of {twice})"
            edit.structural = True
            yield edit


def _mirrors(entry: tuple[int, ...]) -> list[tuple[int, ...]]:
    found: list[tuple[int, ...]] = []
    for position in range(len(entry)):
        if entry[position]:
            found.append((*entry[:position], -entry[position], *entry[position + 1 :]))
    found.append(tuple(-v for v in entry))
    found.append(tuple(reversed(entry)))
    return [m for i, m in enumerate(found) if m != entry and m not in found[:i]]


def _numbers(node: cst.BaseExpression) -> list[tuple[int, cst.BaseExpression]] | None:
    """(value, node) for each integer of a tuple of integers (``(-2, 1)``), else None."""
    if not isinstance(node, cst.Tuple) or not node.elements:
        return None
    found: list[tuple[int, cst.BaseExpression]] = []
    for element in node.elements:
        item = element.value
        negative = isinstance(item, cst.UnaryOperation) and isinstance(item.operator, cst.Minus)
        number = item.expression if isinstance(item, cst.UnaryOperation) else item
        if not isinstance(number, cst.Integer) or (
            isinstance(item, cst.UnaryOperation) and not negative
        ):
            return None
        value = int(number.value, 0)
        found.append((-value if negative else value, item))
    return found


def _entries(table: cst.BaseExpression) -> list[tuple[str | None, cst.SimpleString]]:
    """(key, value) for the string values of a mapping; (None, item) for a flat sequence."""
    pairs: list[tuple[str | None, cst.BaseExpression]] = []
    if isinstance(table, cst.Dict):
        for e in table.elements:
            if isinstance(e, cst.DictElement):
                key = e.key.evaluated_value if isinstance(e.key, cst.SimpleString) else None
                pairs.append((key if isinstance(key, str) else None, e.value))
    elif isinstance(table, (cst.List, cst.Tuple, cst.Set)):
        pairs = [(None, e.value) for e in table.elements]
    return [(k, v) for k, v in pairs if isinstance(v, cst.SimpleString) and _is_plain_string(v)]


def _same_kind(
    old: str, key: str | None, characters: Counter[str], present: set[object]
) -> list[str]:
    """Single characters of the failing inputs of the same kind as a one-character ``old``.
    A one-character table pairs characters with partners that sit close to them in the
    character set (brackets, quotes, case pairs): nearest to the entry's key first."""
    if len(old) != 1:
        return []
    kind = _kind(old)
    ranked = [c for c, _ in characters.most_common() if _kind(c) == kind and c not in present]
    if key is not None and len(key) == 1:
        ranked.sort(key=lambda c: abs(ord(c) - ord(key)))
    return ranked


def _kind(char: str) -> str:
    if char.isalpha():
        return "upper" if char.isupper() else "lower"
    if char.isdigit():
        return "digit"
    return "space" if char.isspace() else "symbol"


DATAFLOW_DECAY = 0.8


def table_line_scores(index: FileIndex, line_scores: dict[int, float]) -> dict[int, float]:
    """Suspiciousness for the lines that define constant tables, which run at import and so
    look innocent to coverage: a table is as suspicious as the likeliest line that reads it
    (decayed, and followed one step further for tables built from tables)."""
    top = [site for site in index.sites if site.function is None]
    tables = {name: site for site in top if (name := table_name(site.node))}
    derived = {name: site for site in top if (name := _assigned_name(site.node))}
    reads = _name_reads(index)
    scores = dict(line_scores)
    for _ in range(2):
        for name, site in {**derived, **tables}.items():
            best = max((scores.get(line, 0.0) for line in reads.get(name, ())), default=0.0)
            best *= DATAFLOW_DECAY
            for line in site.lines:
                if best > scores.get(line, 0.0):
                    scores[line] = best
    return {line: s for line, s in scores.items() if s != line_scores.get(line)}


def _assigned_name(stmt: cst.CSTNode) -> str | None:
    assignment = sole_assignment(stmt)
    if isinstance(assignment, cst.Assign) and len(assignment.targets) == 1:
        target = assignment.targets[0].target
        return target.value if isinstance(target, cst.Name) else None
    return None


def _name_reads(index: FileIndex) -> dict[str, set[int]]:
    reads: dict[str, set[int]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, cst.Name) or node not in index.positions:
            continue
        if not isinstance(index.parents.get(node), cst.AssignTarget):
            reads.setdefault(node.value, set()).add(index.line(node))
    return reads
