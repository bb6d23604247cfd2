"""A replacement callback that deletes what it cannot replace. ``pattern.sub(replace, text)``
calls ``replace(match)`` for each match and puts its result in place of the match; a fallback
``return ""`` erases the matched text, where leaving it as written (``match.group(0)``) is the
usual meaning of "no replacement"."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, callee_name

KEPT_MATCH_PRIOR = 0.5
WHOLE_MATCH = ("{}.group(0)", "{}.group()", "{}[0]")


def kept_match_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if (
        function is None
        or len(function.params) != 1
        or not isinstance(stmt, cst.SimpleStatementLine)
    ):
        return
    returned = stmt.body[0].value if isinstance(stmt.body[0], cst.Return) else None
    if not isinstance(returned, cst.SimpleString) or returned.evaluated_value != "":
        return
    callbacks = ctx.index.memo(("sub callbacks",), lambda: _sub_callbacks(ctx))
    if function.name not in callbacks:
        return
    whole = _whole_match(ctx, function)
    kind = "incorrect default or return constant"
    yield _replace(ctx, returned, cst.parse_expression(whole), kind, KEPT_MATCH_PRIOR)


def _sub_callbacks(ctx: Ctx) -> set[str]:
    """Names passed as the replacement of a ``re.sub`` / ``pattern.sub`` call."""
    return {
        node.args[0].value.value
        for node in all_nodes(ctx.index.module)
        if isinstance(node, cst.Call)
        and callee_name(node) in {"sub", "subn"}
        and node.args
        and isinstance(node.args[0].value, cst.Name)
    } | {
        node.args[1].value.value
        for node in all_nodes(ctx.index.module)
        if isinstance(node, cst.Call)
        and ctx.index.code(node.func) in {"re.sub", "re.subn"}
        and len(node.args) > 1
        and isinstance(node.args[1].value, cst.Name)
    }


def _whole_match(ctx: Ctx, function: Function) -> str:
    """The local the callback binds to the whole matched text, else ``match.group(0)``."""
    match = function.params[0]
    spellings = {form.format(match) for form in WHOLE_MATCH}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            target = node.targets[0].target
            if isinstance(target, cst.Name) and ctx.index.code(node.value) in spellings:
                return target.value
    return f"{match}.group(0)"
