"""What the docstring spells and the code leaves out.

An offset: "the number of trailing zeros of i + 1" above ``step = i & -i``. The statement's
reads of the name get the offset the docstring gives it, all of them at once.

A marker among alternatives: "lines whose first character is ``#`` or ``;`` are comments"
above ``line.startswith("#")``. The test takes in the markers the same docstring line lists
beside the one the code has (``line.startswith(("#", ";"))``).

A refusal: "return False if it is not stored" above a method that never returns False. It asks
a sibling method that takes the same one argument first and refuses when that says no.

A word of a listed vocabulary: the docstring quotes the values ("passed", "failed", "error",
...) and a set of some of them lacks the one the code never names.

A magnitude: "the row whose entry is largest in magnitude" above ``max(rows, key=lambda r:
rows[r][col])``. The extreme is taken of the absolute value: ``abs(rows[r][col])``."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _binds_looser,
    _insert_before,
    _make,
    _parent,
    _parenthesized,
    _parse_expr,
    _replace,
    _string_literal,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit, Replacement
from selfpatch.patchers.repair._index import Function, descendants, value_names
from selfpatch.patchers.repair._literals import with_member

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


DOCUMENTED_MARKER_PRIOR = 0.55
_MARKER = re.compile(r"``([^`\w\s]{1,3})``")
_AFFIX_TESTS = frozenset({"startswith", "endswith"})


def documented_marker_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    lines = ctx.index.memo(("marker lines", id(function)), lambda: _marker_lines(ctx, function))
    roots = ctx.site.roots if lines else []
    for root in roots:
        for node in descendants(root):
            marker = _affix_marker(node)
            if marker is None:
                continue
            others = [m for line in lines if marker.evaluated_value in line for m in line]
            others = [m for m in dict.fromkeys(others) if m != marker.evaluated_value]
            if not others:
                continue
            quote = marker.quote
            choices = ", ".join([marker.value, *(f"{quote}{m}{quote}" for m in others)])
            edit = structural_edit(
                ctx, marker, f"({choices})", "missing condition", DOCUMENTED_MARKER_PRIOR
            )
            if edit is not None:
                yield edit


def _affix_marker(node: cst.CSTNode) -> cst.SimpleString | None:
    """The literal of ``x.startswith("#")`` (or ``endswith``), if it is a short marker."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)):
        return None
    if node.func.attr.value not in _AFFIX_TESTS or len(node.args) != 1:
        return None
    value = node.args[0].value
    if not isinstance(value, cst.SimpleString) or "\\" in value.value:
        return None
    text = value.evaluated_value
    return value if isinstance(text, str) and _MARKER.fullmatch(f"``{text}``") else None


def _marker_lines(ctx: Ctx, function: Function) -> list[list[str]]:
    """Per docstring line (the function's, then the module's) that lists two or more
    punctuation markers in double backticks: the markers."""
    docs = [function.node.get_docstring() or "", ctx.index.module.get_docstring() or ""]
    found: list[list[str]] = []
    for line in "\n".join(docs).splitlines():
        markers = _MARKER.findall(line)
        if len(set(markers)) >= 2:
            found.append(markers)
    return found


DOCUMENTED_REFUSAL_PRIOR = 0.5
_REFUSAL = re.compile(r"\breturns? (False|None) (?:if|when)\b")


def documented_refusal_edits(ctx: Ctx) -> Iterator[Edit]:
    """ "Remove one occurrence of word; return False if it is not stored" above a method that
    never returns False: the method first asks a sibling that takes the same one argument, by
    name (``self.count(word)``), and refuses when it says no."""
    function, block = ctx.site.function, ctx.site.block
    if function is None or function.cls is None or block is not function.node.body.body:
        return
    if ctx.site.node is not _first_statement(function):
        return
    match = _REFUSAL.search(function.node.get_docstring() or "")
    params = [p for p in function.params if p not in {"self", "cls"}]
    if match is None or not params or _returns(ctx, function, match.group(1)):
        return
    for sibling in ctx.index.siblings(function):
        sibling_params = [p for p in sibling.params if p not in {"self", "cls"}]
        if sibling_params != params[:1] or not sibling.returns or sibling.name.startswith("__"):
            continue  # asked about the same argument: ``count(word)``, not ``_find(prefix)``
        code = f"if not self.{sibling.name}({params[0]}):\n    return {match.group(1)}\n"
        edit = _insert_before(ctx, code, "missing guard", DOCUMENTED_REFUSAL_PRIOR, structural=True)
        if edit is not None:
            yield edit


def _first_statement(function: Function) -> cst.CSTNode | None:
    body = list(function.node.body.body)
    if body and function.node.get_docstring() is not None:
        body = body[1:]
    return body[0] if body else None


def _returns(ctx: Ctx, function: Function, value: str) -> bool:
    return any(r.value is not None and ctx.index.code(r.value) == value for r in function.returns)


DOCUMENTED_MEMBER_PRIOR = 0.55
_QUOTED_WORD = re.compile(r"[\"']([A-Za-z_][\w-]{1,30})[\"']")


def documented_member_edits(ctx: Ctx) -> Iterator[Edit]:
    """``FAILING = {"failed", "xpassed"}`` where the module's docstring lists the outcomes
    ("passed", "failed", "error", "xfailed", "skipped") and the code never names ``"error"``:
    a set of the listed words takes in the one no code handles."""
    listed = ctx.index.memo(("quoted vocabulary",), lambda: _quoted_vocabulary(ctx))
    for root in ctx.site.roots if listed else []:
        for node in descendants(root):
            if not isinstance(node, (cst.Set, cst.List, cst.Tuple)) or not node.elements:
                continue
            members = [e.value for e in node.elements if isinstance(e.value, cst.SimpleString)]
            if len(members) != len(node.elements):
                continue
            words = {m.evaluated_value for m in members}
            for vocabulary in listed:
                if 2 * len(words & set(vocabulary)) < len(words):  # half its members listed
                    continue
                for word in (w for w in vocabulary if w not in ctx.index.strings):
                    literal = _string_literal(members[-1], word)
                    if literal is not None:
                        grown = with_member(node, literal)
                        edit = _replace(ctx, node, grown, "missing member", DOCUMENTED_MEMBER_PRIOR)
                        edit.structural = True
                        yield edit


def _quoted_vocabulary(ctx: Ctx) -> list[list[str]]:
    """Per docstring line of the file that quotes three or more words: the words."""
    docs = [ctx.index.module.get_docstring() or ""]
    docs += [f.node.get_docstring() or "" for f in ctx.index.functions]
    found: list[list[str]] = []
    for line in "\n".join(docs).splitlines():
        words = list(dict.fromkeys(_QUOTED_WORD.findall(line)))
        if len(words) >= 3:
            found.append(words)
    return found


MAGNITUDE_PRIOR = 0.7
_MAGNITUDE = re.compile(r"\b(in magnitude|absolute value|in absolute terms)\b", re.IGNORECASE)


def documented_magnitude_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None or not _MAGNITUDE.search(function.node.get_docstring() or ""):
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Name):
                continue
            if node.func.value not in {"max", "min"}:
                continue
            for arg in node.args:
                key = arg.value if arg.keyword and arg.keyword.value == "key" else None
                if isinstance(key, cst.Lambda) and not _is_abs(key.body):
                    code = f"abs({ctx.index.code(key.body)})"
                    edit = structural_edit(
                        ctx, key.body, code, "missing function call", MAGNITUDE_PRIOR
                    )
                    if edit is not None:
                        yield edit


def _is_abs(node: cst.BaseExpression) -> bool:
    return (
        isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "abs"
    )
