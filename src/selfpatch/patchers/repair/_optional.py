"""A function that promises ``None`` and never gives it: ``def flush(self) -> str | None`` with
no ``return None`` anywhere hands back an empty value where the caller tests for None. The
missing line is an early ``if not <what it reads>: return None`` at the top of the body, or
the empty value it returns instead (``return ""``) was meant to be ``None``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_before,
    _is_docstring_or_import,
    _is_self_attr,
    _replace,
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
        edit = _insert_before(
            ctx, code, "missing guard", NONE_GUARD_PRIOR * 0.9**rank, structural=True
        )
        if edit is not None:
            yield edit


EMPTY_RETURN_PRIOR = 0.6


def none_return_edits(ctx: Ctx) -> Iterator[Edit]:
    """``return ""`` (or ``[]``, ``0``, ``0.0``, ``-1``, ``False``) in a function declared
    ``-> str | None`` that never returns None: the empty value stands where the promised None
    belongs."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    returned = stmt.body[0] if isinstance(stmt.body[0], cst.Return) else None
    if returned is None or not _is_empty_value(returned.value):
        return
    if _promises_none(function.node) and not _returns_none(function):
        assert returned.value is not None
        none = cst.Name("None")
        edit = _replace(ctx, returned.value, none, "return constant", EMPTY_RETURN_PRIOR)
        edit.structural = True
        yield edit


def _is_empty_value(value: cst.BaseExpression | None) -> bool:
    if isinstance(value, cst.SimpleString):
        return value.evaluated_value in ("", b"")
    if isinstance(value, (cst.List, cst.Tuple, cst.Dict, cst.Set)):
        return not value.elements
    if isinstance(value, (cst.Integer, cst.Float)):
        return float(value.evaluated_value) == 0
    if isinstance(value, cst.UnaryOperation) and isinstance(value.expression, cst.Integer):
        return isinstance(value.operator, cst.Minus) and value.expression.value == "1"
    return isinstance(value, cst.Name) and value.value == "False"


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
