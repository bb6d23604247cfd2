"""A per-key branch that forgets a container its bulk branch empties: ``if tenant is None:
self.spent.clear(); self.warned.clear() else: self.spent.pop(tenant, None)``. The bulk branch
says which containers hold per-key state; the key branch drops the key from each, the way it
drops it from the others: ``self.warned.discard(tenant)`` for a set, ``.pop(key, None)`` for a
mapping."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_terminal, sole_call
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._mirror import _chain_bodies

PER_KEY_PRIOR = 0.6
_SET_METHODS = {"add", "discard"}
_DICT_METHODS = {"get", "items", "keys", "values", "setdefault"}


def per_key_wipe_edits(ctx: Ctx) -> Iterator[Edit]:
    block, stmt = ctx.site.block, ctx.site.node
    if block is None or ctx.site.index != len(block) - 1 or _is_terminal(stmt):
        return
    body = ctx.index.parents.get(stmt)
    key_drops = [drop for s in block if (drop := _dropped_key(ctx.index, s)) is not None]
    if not key_drops:
        return
    touched = {ctx.index.code(s) for s in block}
    dropped = {container for container, _ in key_drops}
    key = key_drops[0][1]
    for other in _chain_bodies(ctx.index, body):
        if other is body:
            continue
        for container in _cleared(ctx.index, other.body):
            if container in dropped or any(container in code for code in touched):
                continue
            code = _drop_code(ctx.index, container, key)
            edit = code and _insert_after(ctx, code + "\n", "missing statement", PER_KEY_PRIOR)
            if edit:
                edit.structural = True
                yield edit


def _dropped_key(index: FileIndex, stmt: cst.BaseStatement) -> tuple[str, str] | None:
    """``(container, key)`` of ``c.pop(key, ...)``, ``c.discard(key)`` or ``del c[key]``."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Del) and isinstance(small.target, cst.Subscript):
        elements = small.target.slice
        if len(elements) == 1 and isinstance(elements[0].slice, cst.Index):
            return index.code(small.target.value), index.code(elements[0].slice.value)
    call = sole_call(stmt)
    if call is None or not isinstance(call.func, cst.Attribute) or not call.args:
        return None
    if call.func.attr.value not in {"pop", "discard", "remove"}:
        return None
    return index.code(call.func.value), index.code(call.args[0].value)


def _cleared(index: FileIndex, body: Sequence[cst.BaseStatement]) -> list[str]:
    """The containers of the ``c.clear()`` statements in a branch."""
    found: list[str] = []
    for stmt in body:
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        call = small.value if isinstance(small, cst.Expr) else None
        func = call.func if isinstance(call, cst.Call) and not call.args else None
        if isinstance(func, cst.Attribute) and func.attr.value == "clear":
            found.append(index.code(func.value))
    return found


def _drop_code(index: FileIndex, container: str, key: str) -> str | None:
    """How the file would drop ``key`` from ``container``, by the methods it calls on it."""
    methods = index.attrs_by_base.get(container, set())
    if methods & _SET_METHODS:
        return f"{container}.discard({key})"
    if methods & _DICT_METHODS:
        return f"{container}.pop({key}, None)"
    return None
