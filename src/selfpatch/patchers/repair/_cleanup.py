"""Cleanup one way out of a ``try`` takes and another forgets. ``else: del self._inflight[key];
future.set_result(text)`` forgets nothing, while ``except Exception as exc:
future.set_exception(exc)`` leaves the key behind, and every later caller joins a call that
failed long ago. A cleanup statement (a ``del``, or a ``pop``/``remove``/``discard``/``close``/
``release`` call) of one branch of the ``try`` that a sibling branch lacks is inserted at the
top of that branch."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_before, _normal, _parent
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import callee_name

CLEANUP_PRIOR = 0.55
CLEANUP_CALLS = frozenset({"pop", "remove", "discard", "close", "release", "cancel", "clear"})


def branch_cleanup_edits(ctx: Ctx) -> Iterator[Edit]:
    if ctx.site.index != 0:
        return
    block = _parent(ctx, ctx.site.node)
    branch = _parent(ctx, block) if isinstance(block, cst.IndentedBlock) else None
    owner = _parent(ctx, branch) if isinstance(branch, (cst.ExceptHandler, cst.Else)) else None
    if not isinstance(owner, cst.Try) or not isinstance(block, cst.IndentedBlock):
        return
    siblings = [h.body for h in owner.handlers] + ([owner.orelse.body] if owner.orelse else [])
    own = {_normal(ctx.index.code(s)) for s in block.body}
    for body in siblings:
        if body is block or not isinstance(body, cst.IndentedBlock):
            continue
        for stmt in body.body:
            code = ctx.index.code(stmt).strip()
            if _is_cleanup(stmt) and _normal(code) not in own:
                edit = _insert_before(
                    ctx, code + "\n", "missing statement", CLEANUP_PRIOR, structural=True
                )
                if edit is not None:
                    yield edit


def _is_cleanup(stmt: cst.BaseStatement) -> bool:
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if isinstance(small, cst.Del):
        return True
    call = small.value if isinstance(small, cst.Expr) else None
    return isinstance(call, cst.Call) and callee_name(call) in CLEANUP_CALLS
