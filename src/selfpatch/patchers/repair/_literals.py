"""Literals mined from the failure evidence, and exception names the file can name: a literal
rewritten to the value the failing output should have had, and a kind of event the failing
inputs carry that no branch names, joined to the branch for its sibling kind."""

from __future__ import annotations

import builtins
import re
import sys
from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _replace,
    _string_literal,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._guards import BROAD_ERRORS
from selfpatch.patchers.repair._index import (
    FileIndex,
    descendants,
)


def literal_edits(index: FileIndex, lines: frozenset[int], evidence: Evidence) -> Iterator[Edit]:
    """Rewrite a literal so the failing output becomes the expected one."""
    if not evidence.differences and not evidence.asserted:
        return
    for site in index.sites:
        if not site.lines & lines:
            continue
        ctx = Ctx(index, site, evidence, frozenset(), [])
        for root in site.roots:
            for node in descendants(root):
                yield from _literal_fixes(ctx, node)


ASSERTED_FACTOR = 0.6
"""Numbers read from a failing assert rank lower than those from a recorded expected output:
an assert shows one value of a test, and only a number the file already spells is taken
(``0.0`` -> ``1.0``, not a constant turned into the 55 a test expects). Its strings are not
used: a label that differs there ("1h 5s" for "1m 5s") is more often a symptom than the bug."""


def _literal_fixes(ctx: Ctx, node: cst.CSTNode) -> Iterator[Edit]:
    pairs = [(p, 1.0) for p in ctx.evidence.differences]
    # strings a failing assert shows are mostly renderings of values, their literal parts labels
    pairs += [(p, ASSERTED_FACTOR) for p in ctx.evidence.asserted if not isinstance(p[1], str)]
    for (actual, expected), factor in pairs:
        if isinstance(actual, str) and isinstance(expected, str):
            for new in _string_fixes(ctx, node, actual, expected):
                yield _replace(ctx, node, new, "literal from expected output", 0.95 * factor)
        elif _is_number_literal(node, actual) and isinstance(expected, (int, float)):
            number = str(expected) if isinstance(expected, int) else repr(expected)
            if factor < 1.0 and not _spelt(ctx, number):
                continue  # a value only a test shows (55): replacing a constant overfits
            new = cst.Integer(number) if isinstance(expected, int) else cst.Float(number)
            yield _replace(ctx, node, new, "literal from expected output", 0.8 * factor)


def _spelt(ctx: Ctx, number: str) -> bool:
    """Whether the file already spells this number as a literal somewhere."""
    return bool(re.search(rf"(?<![\w.]){re.escape(number)}(?![\w.])", ctx.index.source))


def _string_fixes(
    ctx: Ctx, node: cst.CSTNode, actual: str, expected: str
) -> Iterator[cst.BaseExpression | cst.FormattedStringText]:
    if isinstance(node, cst.SimpleString) and isinstance(node.evaluated_value, str):
        siblings = _sibling_strings(ctx, node)
        for new_value in _derive(node.evaluated_value, actual, expected):
            literal = _string_literal(node, new_value)
            if literal is not None and new_value not in siblings:
                yield literal
    elif isinstance(node, cst.FormattedStringText) and "{" not in node.value:
        for new_value in _derive(node.value, actual, expected):
            if "{" not in new_value and "}" not in new_value and "\n" not in new_value:
                yield node.with_changes(value=new_value)


def _sibling_strings(ctx: Ctx, node: cst.SimpleString) -> set[str]:
    """The other strings of the collection display ``node`` is an element of: a table of
    distinct names ("Thursday", "Friday") never means two entries to be equal."""
    element = ctx.index.parents.get(node)
    display = ctx.index.parents.get(element) if isinstance(element, cst.Element) else None
    if not isinstance(display, (cst.List, cst.Tuple, cst.Set)):
        return set()
    found: set[str] = set()
    for other in display.elements:
        if other is not element and isinstance(other.value, cst.SimpleString):
            value = other.value.evaluated_value
            if isinstance(value, str):
                found.add(value)
    return found


def _is_number_literal(node: cst.CSTNode, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(node, (cst.Integer, cst.Float)) and node.evaluated_value == value


def _derive(literal: str, actual: str, expected: str) -> Iterator[str]:
    """Values the literal would need so that ``actual`` turns into ``expected``."""
    if not literal:
        return
    seen: set[str] = set()
    start = actual.find(literal)
    while start >= 0 and len(seen) < 4:
        prefix, suffix = actual[:start], actual[start + len(literal) :]
        fits = expected.startswith(prefix) and expected.endswith(suffix)
        if fits and len(expected) >= len(prefix) + len(suffix):
            new = expected[len(prefix) : len(expected) - len(suffix)]
            if new != literal and new not in seen:
                seen.add(new)
                yield new
        start = actual.find(literal, start + 1)


def resolve_error_names(index: FileIndex, error_types: Sequence[str]) -> list[str]:
    """Exception class names from the evidence that this file can name."""
    names: list[str] = []
    for error_type in error_types:
        short = error_type.rsplit(".", 1)[-1]
        builtin = isinstance(getattr(builtins, short, None), type)
        if builtin or short in index.callables:
            names.append(short)
        else:
            names.extend(_through_module(index, error_type))
    return list(dict.fromkeys(names))


def _through_module(index: FileIndex, error_type: str) -> list[str]:
    """``json.decoder.JSONDecodeError`` in a file that imports ``json``: ``json.JSONDecodeError``
    and its built-in base, ``ValueError``. Only standard-library modules already loaded are
    looked at, so nothing is imported to find out."""
    module, _, short = error_type.rpartition(".")
    top = module.split(".")[0]
    if not module or top not in sys.stdlib_module_names or top not in index.callables:
        return []
    loaded, package = sys.modules.get(module), sys.modules.get(top)
    error, spelled = getattr(loaded, short, None), getattr(package, short, None)
    if spelled is not error or not isinstance(error, type):
        return []
    bases = [base.__name__ for base in error.__mro__[1:] if _is_builtin(base)]
    return [f"{top}.{short}", *[b for b in bases[:1] if b not in BROAD_ERRORS]]


def _is_builtin(cls: type) -> bool:
    return bool(getattr(builtins, cls.__name__, None) is cls)


UNHANDLED_KIND_PRIOR = 0.45
MAX_KINDS = 2
_FAMILY = re.compile(r"^(.*[./:_-])[^./:_-]+$")


def unhandled_kind_edits(ctx: Ctx) -> Iterator[Edit]:
    """``kind == "response.completed"`` when the failing inputs carry ``"response.incomplete"``,
    which no code of the file names: the branch was meant for both kinds of one family."""
    stmt = ctx.site.node
    if not isinstance(stmt, (cst.If, cst.While)):
        return
    strings = [*ctx.evidence.inputs, *ctx.evidence.strings]
    for node in descendants(stmt.test):
        if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
            continue
        target = node.comparisons[0]
        literal = target.comparator
        if not isinstance(target.operator, cst.Equal) or not isinstance(literal, cst.SimpleString):
            continue
        value = literal.evaluated_value
        family = _FAMILY.match(value) if isinstance(value, str) else None
        if family is None:
            continue
        kinds = [
            s for s in dict.fromkeys(strings)
            if s != value and s.startswith(family.group(1)) and _FAMILY.match(s)
            and repr(s)[1:-1] not in ctx.index.source
        ][:MAX_KINDS]  # fmt: skip
        for kind in kinds:
            other = _string_literal(literal, kind)
            if other is None:
                continue
            new = cst.BooleanOperation(
                left=node,
                operator=cst.Or(),
                right=node.with_changes(comparisons=[target.with_changes(comparator=other)]),
            )
            edit = _replace(ctx, node, new, "missing condition", UNHANDLED_KIND_PRIOR)
            edit.structural = True
            yield edit


MISSING_MEMBER_PRIOR = 0.5
_WORD = re.compile(r"[^./:_\- ]+")


def missing_member_edits(index: FileIndex, evidence: Evidence) -> Iterator[Edit]:
    """``THINKING_TYPES = frozenset({"thinking"})`` when the failing inputs carry
    ``"redacted_thinking"``, which the file never names: a collection of names of one family
    gets the member it lacks."""
    strings = [s for s in dict.fromkeys([*evidence.inputs, *evidence.strings]) if _WORD.search(s)]
    if not strings:
        return
    for site in index.sites:
        ctx = Ctx(index, site, evidence, frozenset(), [])
        for root in site.roots:
            for node in descendants(root):
                if isinstance(node, cst.Set | cst.List | cst.Tuple):
                    yield from _member_additions(ctx, node, strings)


Display = cst.Set | cst.List | cst.Tuple


def with_member(display: Display, literal: cst.BaseExpression) -> Display:
    """The display with ``literal`` as its last member (a one-member tuple keeps its comma)."""
    last = display.elements[-1]
    comma = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    elements = [*display.elements[:-1], last.with_changes(comma=comma), cst.Element(literal)]
    if isinstance(display, cst.Tuple) and len(elements) == 2:
        elements[-1] = cst.Element(literal, comma=cst.Comma())
    return display.with_changes(elements=elements)


def _member_additions(
    ctx: Ctx, display: cst.Set | cst.List | cst.Tuple, strings: list[str]
) -> Iterator[Edit]:
    members = [e.value for e in display.elements if isinstance(e.value, cst.SimpleString)]
    if not members or len(members) != len(display.elements):
        return
    words = {w for m in members for w in _WORD.findall(str(m.evaluated_value))}
    added = 0
    for text in strings:
        if added == MAX_KINDS or repr(text)[1:-1] in ctx.index.source:
            continue
        if not words & set(_WORD.findall(text)):
            continue
        literal = _string_literal(members[-1], text)
        if literal is None:
            continue
        edit = _replace(ctx, display, with_member(display, literal),
                        "missing member", MISSING_MEMBER_PRIOR)  # fmt: skip
        edit.structural = True
        added += 1
        yield edit
