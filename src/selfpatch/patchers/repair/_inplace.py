"""A list rebound where the caller reads it changed in place. ``for dirpath, dirnames, files in
os.walk(root):`` prunes the walk only through the list ``os.walk`` handed out, so
``dirnames = [d for d in dirnames if ...]`` binds a new list the walk never sees and every
skipped folder is still entered; ``dirnames[:] = [...]`` changes the one it reads. So does a
function that returns nothing and filters the list it was given."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import bound_names, callee_name, sole_assignment
from selfpatch.patchers.repair._stale import _enclosing_loops

WALK_PRUNE_PRIOR = 0.65
FILTERED_ARGUMENT_PRIOR = 0.45
_LISTS = (cst.ListComp, cst.List)


def in_place_edits(ctx: Ctx) -> Iterator[Edit]:
    function, assignment = ctx.site.function, sole_assignment(ctx.site.node)
    if function is None or not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return
    target = assignment.targets[0].target
    if not isinstance(target, cst.Name) or not isinstance(assignment.value, _LISTS):
        return
    if _walked_folders(ctx, target.value):
        prior = WALK_PRUNE_PRIOR
    elif target.value in function.params and all(r.value is None for r in function.returns):
        prior = FILTERED_ARGUMENT_PRIOR
    else:
        return
    whole = cst.Subscript(target, [cst.SubscriptElement(cst.Slice(lower=None, upper=None))])
    # the target as a whole, so the name read in the value keeps its meaning
    bound = assignment.targets[0]
    description = f"assignment in place: `{target.value}` -> `{target.value}[:]`"
    edit = _make(ctx, "assignment in place", prior, [(bound, bound.with_changes(target=whole))],
                 description)  # fmt: skip
    edit.structural = prior == WALK_PRUNE_PRIOR
    yield edit


def _walked_folders(ctx: Ctx, name: str) -> bool:
    """Whether ``name`` is the folder list of an enclosing ``for ... in os.walk(...)``."""
    return any(
        isinstance(loop, cst.For)
        and isinstance(loop.iter, cst.Call)
        and callee_name(loop.iter) == "walk"
        and [n.value for n in bound_names(loop.target)][1:2] == [name]
        for loop in _enclosing_loops(ctx, ctx.site.node)
    )
