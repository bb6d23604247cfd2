"""A function that promises ``None`` and never gives it: ``def flush(self) -> str | None`` with
no ``return None`` anywhere hands back an empty value where the caller tests for None. The
missing line is an early ``if not <what it reads>: return None`` at the top of the body."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_before,
    _is_docstring_or_import,
    _is_self_attr,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, body_nodes

NONE_GUARD_PRIOR = 0.5
MAX_GUARDS = 4


def none_guard_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    block = ctx.site.block
    if function is None or block is None or block is not _body(function):
        return
    if ctx.site.index != _first_statement(block):
        return
    tested = ctx.index.memo(("none guards", id(function)), lambda: _guarded_values(ctx, function))
    for rank, value in enumerate(tested):
        code = f"if not {value}:\n    return None\n"
        edit = _insert_before(ctx, code, "missing guard", NONE_GUARD_PRIOR * 0.9**rank)
        if edit is not None:
            edit.structural = True
            yield edit


def _body(function: Function) -> Sequence[cst.BaseStatement] | None:
    body = function.node.body
    return body.body if isinstance(body, cst.IndentedBlock) else None


def _first_statement(block: Sequence[cst.BaseStatement]) -> int:
    for i, stmt in enumerate(block):
        if not _is_docstring_or_import(stmt):
            return i
    return -1


def _guarded_values(ctx: Ctx, function: Function) -> list[str]:
    """What the early return could test: the ``self`` fields and parameters the function
    reads, in the order it reads them; nothing when it can already return None."""
    if not _promises_none(function.node) or _returns_none(function):
        return []
    found: dict[str, None] = {}
    params = set(function.params) - {"self", "cls"}
    for node in body_nodes(function.node.body):
        if _is_self_attr(node):
            found.setdefault(ctx.index.code(node))
        elif isinstance(node, cst.Name) and node.value in params:
            found.setdefault(node.value)
    return list(found)[:MAX_GUARDS]


def _promises_none(node: cst.FunctionDef) -> bool:
    if node.returns is None:
        return False
    annotation = node.returns.annotation
    if isinstance(annotation, cst.Name):
        return False  # ``-> None`` is a procedure, ``-> str`` never None
    return any(
        isinstance(n, cst.Name) and n.value in {"None", "Optional"} for n in all_nodes(annotation)
    )


def _returns_none(function: Function) -> bool:
    for ret in function.returns:
        if ret.value is None or (isinstance(ret.value, cst.Name) and ret.value.value == "None"):
            return True
    # a generator or coroutine: its annotation is not about what it returns
    return any(isinstance(n, (cst.Yield, cst.Await)) for n in body_nodes(function.node.body))
