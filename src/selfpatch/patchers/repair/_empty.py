"""Empty text handed to a parser: ``json.loads("")``, ``int("")`` and ``float("")`` raise where
the code meant "nothing given" (a tool call streamed with no argument fragments, a blank form
field). The guard keeps the parse for non-empty text and gives the empty value otherwise,
``json.loads(raw) if raw else {}``: the type the code checks the result against, else the
parser's own neutral value. ``None`` measured or iterated (``len(content)`` where a message
has no content) takes the same neutral value: ``len(content or "")``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _empty_of, _parent, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes

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
