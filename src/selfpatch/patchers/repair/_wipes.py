"""A per-key branch that forgets a container its bulk branch empties: ``if tenant is None:
self.spent.clear(); self.warned.clear() else: self.spent.pop(tenant, None)``, or the same with
the bulk branch an early exit (``if tenant is None: ...; return``). The bulk branch says which
containers hold per-key state; the key branch drops the key from each, the way it
drops it from the others: ``self.warned.discard(tenant)`` for a set, ``.pop(key, None)`` for a
mapping.

And a key dropped from one of two containers a class keeps side by side: ``record`` writes
``self._ewma[tool]`` and ``self._samples[tool]`` together, yet ``forget`` pops the tool from
``self._ewma`` alone, so what is left of it in ``self._samples`` outlives it:
``self._samples.pop(tool, None)``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_terminal, sole_call
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes
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
    guards = _guard_clauses(block[: ctx.site.index])
    touched = {ctx.index.code(s) for s in block if s not in guards}
    dropped = {container for container, _ in key_drops}
    key = key_drops[0][1]
    others = [b for b in _chain_bodies(ctx.index, body) if b is not body]
    early = [guard.body for guard in guards if isinstance(guard.body, cst.IndentedBlock)]
    for other in others + early:
        for container in _cleared(ctx.index, other.body):
            if container in dropped or any(container in code for code in touched):
                continue
            code = _drop_code(ctx.index, container, key)
            edit = code and _insert_after(ctx, code + "\n", "missing statement", PER_KEY_PRIOR)
            if edit:
                edit.structural = True
                yield edit


def _guard_clauses(block: Sequence[cst.BaseStatement]) -> list[cst.If]:
    """The ``if ...: ...; return`` statements before a key branch: their bodies are the bulk
    branch of an if/else spelled as an early exit."""
    return [
        stmt
        for stmt in block
        if isinstance(stmt, cst.If)
        and stmt.orelse is None
        and isinstance(stmt.body, cst.IndentedBlock)
        and _is_terminal(stmt.body.body[-1])
    ]


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


COMPANION_PRIOR = 0.55


def companion_drop_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or function.cls is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    drop = _dropped_key(ctx.index, stmt)
    if drop is None:
        return
    container, key = drop
    cls = function.cls
    companions = ctx.index.memo(("companions", cls), lambda: _companions(ctx.index, cls))
    code = ctx.index.code(function.node)
    for other in companions.get(container, []):
        if other not in code:
            drop_code = _drop_code(ctx.index, other, key)
            edit = drop_code and _insert_after(
                ctx, drop_code + "\n", "missing statement", COMPANION_PRIOR
            )
            if edit:
                edit.structural = True
                yield edit


def _companions(index: FileIndex, cls: str) -> dict[str, list[str]]:
    """``container -> [companion]`` for the ``self.`` containers some method of the class
    writes under the same key in one function (``self.a[k] = ...; self.b[k] = ...``)."""
    found: dict[str, list[str]] = {}
    for function in index.functions:
        if function.cls != cls:
            continue
        by_key: dict[str, list[str]] = {}
        for node in all_nodes(function.node.body):
            target = _stored_subscript(node)
            if target is None or len(target.slice) != 1:
                continue
            element = target.slice[0].slice
            container = index.code(target.value)
            if isinstance(element, cst.Index) and container.startswith("self."):
                written = by_key.setdefault(index.code(element.value), [])
                written.extend([container] if container not in written else [])
        for written in by_key.values():
            for container in written:
                others = found.setdefault(container, [])
                others.extend(c for c in written if c != container and c not in others)
    return found


def _stored_subscript(node: cst.CSTNode) -> cst.Subscript | None:
    if isinstance(node, cst.Assign) and len(node.targets) == 1:
        target = node.targets[0].target
        return target if isinstance(target, cst.Subscript) else None
    if isinstance(node, cst.AugAssign) and isinstance(node.target, cst.Subscript):
        return node.target
    return None
