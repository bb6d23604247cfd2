"""A state transition that forgets a counter its sibling transition resets. Methods that set
the same state field to different values (``_open`` sets ``self._state = OPEN``, ``_close``
sets ``self._state = CLOSED``) are the transitions of one machine; a counter one of them winds
back (``self._probes = 0`` in ``_close``) and another neither resets nor touches carries counts
from the old state into the new one. The reset goes at the end of the method that forgets it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_terminal
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, sole_assignment
from selfpatch.patchers.repair._state import counter_updates

RESET_PRIOR = 0.7


def transition_reset_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or function.cls is None or function.name == "__init__":
        return
    body = function.node.body
    if not isinstance(body, cst.IndentedBlock) or stmt is not body.body[-1] or _is_terminal(stmt):
        return
    states = _top_assignments(ctx.index, body.body)
    memo_key = ("counters", id(function))  # the memo _state keeps under the same key
    counters = ctx.index.memo(memo_key, lambda: counter_updates(ctx, function))
    written = ctx.index.writes(function)
    for sibling in ctx.index.siblings(function):
        sibling_body = sibling.node.body
        if sibling.name == "__init__" or not isinstance(sibling_body, cst.IndentedBlock):
            continue
        theirs = _top_assignments(ctx.index, sibling_body.body)
        if not any(field in theirs and theirs[field] != value for field, value in states.items()):
            continue
        for field, value in theirs.items():
            if field in counters and field not in written and field not in states:
                edit = _insert_after(
                    ctx, f"{field} = {value}\n", "missing statement", RESET_PRIOR, structural=True
                )
                if edit is not None:
                    yield edit


def _top_assignments(index: FileIndex, body: Sequence[cst.BaseStatement]) -> dict[str, str]:
    """``self.field -> value`` for the method's own top-level ``self.field = <name or literal>``."""
    found: dict[str, str] = {}
    for stmt in body:
        assign = sole_assignment(stmt)
        if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
            continue
        target = index.code(assign.targets[0].target)
        if target.startswith("self.") and isinstance(
            assign.value, cst.Name | cst.Integer | cst.SimpleString
        ):
            found[target] = index.code(assign.value)
    return found
