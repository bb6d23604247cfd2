"""An item moved between two containers and dropped on the way back. ``undo`` takes an entry
off ``self._done`` and puts it on ``self._undone``; ``redo`` takes one off ``self._undone``
and puts it nowhere, so a redone action can never be undone again. The move back mirrors the
sibling's: ``self._done.append(entry)`` after the taking."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_terminal, _sole_small
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes, sole_assignment

TRANSFER_PRIOR = 0.55
TAKES = frozenset({"pop", "popleft"})
PUTS = frozenset({"append", "appendleft"})


def dropped_transfer_edits(ctx: Ctx) -> Iterator[Edit]:
    function, block = ctx.site.function, ctx.site.block
    if function is None or function.cls is None or block is None:
        return
    if _is_terminal(ctx.site.node):
        return
    moves = ctx.index.memo(("moves", function.cls), lambda: _class_moves(ctx, function))
    for taken_at in range(ctx.site.index + 1):
        taken = _taking(ctx, block[taken_at])
        if taken is None:
            continue
        item, source = taken
        if _put_back(ctx, block, item):
            continue
        for origin, put in moves.get(source, []):
            if origin != source:
                code = f"{origin}.{put}({item})\n"
                edit = _insert_after(
                    ctx, code, "missing statement", TRANSFER_PRIOR, structural=True
                )
                if edit is not None:
                    yield edit


def _class_moves(ctx: Ctx, function: Function) -> dict[str, list[tuple[str, str]]]:
    """For each container the class's methods move items into, where they came from and the
    method that put them there: ``{"self._undone": [("self._done", "append")]}``."""
    found: dict[str, list[tuple[str, str]]] = {}
    for method in [function, *ctx.index.siblings(function)]:
        for node in all_nodes(method.node.body):
            if isinstance(node, cst.IndentedBlock):
                for source, target, put in _moves_in(ctx, node.body):
                    found.setdefault(target, []).append((source, put))
    return found


def _moves_in(ctx: Ctx, block: Sequence[cst.BaseStatement]) -> Iterator[tuple[str, str, str]]:
    for position, stmt in enumerate(block):
        taken = _taking(ctx, stmt)
        if taken is None:
            continue
        item, source = taken
        for later in block[position + 1 :]:
            put = _putting(ctx, later, item)
            if put is not None and put[0] != source:
                yield source, *put


def _taking(ctx: Ctx, stmt: cst.CSTNode) -> tuple[str, str] | None:
    """``("entry", "self._done")`` of ``entry = self._done.pop()``."""
    assign = sole_assignment(stmt)
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    target, value = assign.targets[0].target, assign.value
    if not isinstance(target, cst.Name) or not isinstance(value, cst.Call):
        return None
    func = value.func
    if not isinstance(func, cst.Attribute) or func.attr.value not in TAKES:
        return None
    if not isinstance(func.value, cst.Attribute):
        return None  # a field of the object, not a local container
    return target.value, ctx.index.code(func.value)


def _putting(ctx: Ctx, stmt: cst.CSTNode, item: str) -> tuple[str, str] | None:
    """``("self._undone", "append")`` of ``self._undone.append(entry)``."""
    small = _sole_small(stmt)
    call = small.value if isinstance(small, cst.Expr) else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
        return None
    if call.func.attr.value not in PUTS or len(call.args) != 1:
        return None
    argument = call.args[0].value
    if not isinstance(argument, cst.Name) or argument.value != item:
        return None
    return ctx.index.code(call.func.value), call.func.attr.value


def _put_back(ctx: Ctx, block: Sequence[cst.BaseStatement], item: str) -> bool:
    """Whether the block hands the taken item to any container."""
    return any(_putting(ctx, stmt, item) is not None for stmt in block)
