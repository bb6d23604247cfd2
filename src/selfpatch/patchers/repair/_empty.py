"""Empty text handed to a parser: ``json.loads("")``, ``int("")`` and ``float("")`` raise where
the code meant "nothing given" (a tool call streamed with no argument fragments, a blank form
field). The guard keeps the parse for non-empty text and gives the empty value otherwise,
``json.loads(raw) if raw else {}``: the type the code checks the result against, else the
parser's own neutral value. A loop that parses each line of a text skips the blank ones
(``if not line.strip(): continue``): a trailing newline or a blank separator is no record.
Blank text is empty text too when the failing inputs hold whitespace alone: ``if not answer``
-> ``if not answer.strip()``. A loop over the pieces of a text split at a separator, whose body
refuses a malformed piece, skips an empty one first (``if not pair: continue``): a doubled or
trailing separator leaves an empty piece, which is no piece at all. ``None`` measured or
iterated (``len(content)`` where a message has no content) takes the same neutral value:
``len(content or "")``. And an empty sequence passes every ``all()``: a test that takes a
word as plain when all its characters are safe (``if all(ch in SAFE for ch in arg):``) takes
the empty word as plain too, where it meant some word: ``if arg and all(...)``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _empty_of,
    _make,
    _parent,
    _parse_expr,
    _parse_stmt,
    _replace,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, bound_names

EMPTY_TEXT_PRIOR = 0.5
_PARSERS: dict[str, tuple[str, ...]] = {
    "json.loads": ("{}", "None"),
    "loads": ("{}", "None"),
    "int": ("0",),
    "float": ("0.0",),
    "literal_eval": ("None",),
    "ast.literal_eval": ("None",),
}


def empty_text_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or len(node.args) != 1:
                continue
            defaults = _PARSERS.get(ctx.index.code(node.func))
            text = node.args[0].value
            if defaults is None or not isinstance(text, cst.Name) or node.args[0].keyword:
                continue
            for fallback in _fallbacks(ctx, node, defaults):
                new = _parse_expr(f"{ctx.index.code(node)} if {text.value} else {fallback}")
                if new is not None:
                    yield _replace(ctx, node, new, "missing guard", EMPTY_TEXT_PRIOR)


BLANK_TEXT_PRIOR = 0.5


def blank_text_edits(ctx: Ctx) -> Iterator[Edit]:
    """``not answer`` -> ``not answer.strip()`` when an input is whitespace alone."""
    stmt = ctx.site.node
    if not isinstance(stmt, (cst.If, cst.While)):
        return
    if not any(text and not text.strip() for text in ctx.evidence.inputs):
        return
    for node in all_nodes(stmt.test):
        if not isinstance(node, cst.UnaryOperation) or not isinstance(node.operator, cst.Not):
            continue
        text = node.expression
        new = _parse_expr(f"{text.value}.strip()") if isinstance(text, cst.Name) else None
        if new is not None:
            yield _replace(ctx, text, new, "missing function call", BLANK_TEXT_PRIOR)


BLANK_LINE_PRIOR = 0.55
LINE_SOURCES = frozenset({"split", "splitlines", "readlines"})


def blank_line_edits(ctx: Ctx) -> Iterator[Edit]:
    """``for number, line in enumerate(text.split("\\n"))`` whose body runs
    ``json.loads(line)``: a blank line is no record, so the loop skips it first."""
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.body, cst.IndentedBlock):
        return
    if not _walks_lines(ctx, loop.iter):
        return
    names = {n.value for n in bound_names(loop.target)}
    parsed = [
        node.args[0].value.value
        for node in all_nodes(loop.body)
        if isinstance(node, cst.Call)
        and len(node.args) == 1
        and ctx.index.code(node.func) in _PARSERS
        and isinstance(node.args[0].value, cst.Name)
        and node.args[0].value.value in names
    ]
    if not parsed or "strip()" in ctx.index.code(loop.body.body[0]):
        return
    yield from _skip_first(ctx, loop.body, f"not {parsed[0]}.strip()",
                           f"skip blank `{parsed[0]}`", BLANK_LINE_PRIOR)  # fmt: skip


EMPTY_PIECE_PRIOR = 0.5


def empty_piece_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.body, cst.IndentedBlock):
        return
    if not isinstance(loop.target, cst.Name) or not _split_at_separator(loop.iter):
        return
    if not any(isinstance(node, cst.Raise) for node in all_nodes(loop.body)):
        return
    piece = loop.target.value
    if f"not {piece}" not in ctx.index.code(loop.body.body[0]):
        yield from _skip_first(ctx, loop.body, f"not {piece}", f"skip an empty `{piece}`",
                               EMPTY_PIECE_PRIOR)  # fmt: skip


def _skip_first(
    ctx: Ctx, body: cst.IndentedBlock, test: str, what: str, prior: float
) -> Iterator[Edit]:
    """``if TEST: continue`` as the first statement of a loop body (structural)."""
    guard = _parse_stmt(f"if {test}:\n    continue\n")
    first = body.body[0]
    if guard is not None:
        edit = _make(ctx, "missing guard", prior, [(first, cst.FlattenSentinel([guard, first]))],
                     f"missing guard: {what} in the loop")  # fmt: skip
        edit.structural = True
        yield edit


def _split_at_separator(iterable: cst.BaseExpression) -> bool:
    """``text.split("&")``: a split at a given separator, which keeps empty pieces."""
    if not isinstance(iterable, cst.Call) or not isinstance(iterable.func, cst.Attribute):
        return False
    return iterable.func.attr.value in {"split", "rsplit"} and bool(iterable.args)


def _walks_lines(ctx: Ctx, iterable: cst.BaseExpression) -> bool:
    """``text.split("\\n")``, ``text.splitlines()``, ``handle.readlines()``, possibly inside
    ``enumerate(...)``."""
    for node in all_nodes(iterable):
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            method = node.func.attr.value
            if method in LINE_SOURCES and (method != "split" or "\\n" in ctx.index.code(node)):
                return True
    return False


def _fallbacks(ctx: Ctx, call: cst.Call, defaults: tuple[str, ...]) -> list[str]:
    """The empty value of the type the result is checked against, then the parser's own."""
    found: list[str] = []
    assign = _parent(ctx, call)
    function = ctx.site.function
    if isinstance(assign, cst.Assign) and len(assign.targets) == 1 and function is not None:
        target = ctx.index.code(assign.targets[0].target)
        for node in all_nodes(function.node.body):
            if (
                isinstance(node, cst.Call)
                and ctx.index.code(node.func) == "isinstance"
                and len(node.args) == 2
                and ctx.index.code(node.args[0].value) == target
            ):
                empty = _empty_of(ctx.index.code(node.args[1].value))
                if empty is not None:
                    found.append(empty)
    return list(dict.fromkeys([*found, *defaults]))[:2]


VACUOUS_ALL_PRIOR = 0.45


def vacuous_all_edits(ctx: Ctx) -> Iterator[Edit]:
    """``if all(p(x) for x in seq):`` -> ``if seq and all(...)``."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.If | cst.While):
        return
    test = stmt.test
    if not isinstance(test, cst.Call) or ctx.index.code(test.func) != "all" or len(test.args) != 1:
        return
    walked = test.args[0].value
    if not isinstance(walked, cst.GeneratorExp | cst.ListComp):
        return
    sequence = walked.for_in.iter
    if isinstance(sequence, cst.Name | cst.Attribute) and walked.for_in.inner_for_in is None:
        new = _parse_expr(f"{ctx.index.code(sequence)} and {ctx.index.code(test)}")
        if new is not None:
            yield _replace(ctx, test, new, "missing condition", VACUOUS_ALL_PRIOR)


NONE_COALESCE_PRIOR = 0.5
_NONE_USES = {
    "object of type 'NoneType' has no len()": ("len", ('""', "[]")),
    "'NoneType' object is not iterable": ("iter", ("[]",)),
}


def none_coalesce_edits(ctx: Ctx) -> Iterator[Edit]:
    """``len(x)`` -> ``len(x or "")`` and ``for a in x`` -> ``for a in x or []`` when None
    reached the failing line where text or a collection was measured or iterated."""
    if not ctx.raised_here:
        return
    for message, (use, empties) in _NONE_USES.items():
        if not ctx.evidence.message_mentions(message):
            continue
        for value in _used(ctx, use):
            for empty in empties:
                new = _parse_expr(f"{ctx.index.code(value)} or {empty}")
                if new is not None:
                    yield _replace(ctx, value, new, "missing guard", NONE_COALESCE_PRIOR)


def _used(ctx: Ctx, use: str) -> Iterator[cst.BaseExpression]:
    plain = (cst.Name, cst.Attribute, cst.Subscript)
    loop = ctx.site.node
    if use == "iter" and isinstance(loop, cst.For) and isinstance(loop.iter, plain):
        yield loop.iter
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if use == "len" and isinstance(node, cst.Call) and ctx.index.code(node.func) == "len":
                if len(node.args) == 1 and isinstance(node.args[0].value, plain):
                    yield node.args[0].value
            elif use == "iter" and isinstance(node, cst.CompFor) and isinstance(node.iter, plain):
                yield node.iter
