"""A library result used without the call its API expects next. ``inspect.Signature.bind``
returns arguments without their defaults until ``apply_defaults()`` fills them in (a cache key
built from them tells ``f(1)`` from ``f(1, 2)`` for the same call), and an HTTP response
carries an error status silently until ``raise_for_status()``. The follow-up call goes right
after the assignment."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import callee_name, sole_assignment

FOLLOW_UP_PRIOR = 0.6
_FOLLOW_UPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "bind": ("apply_defaults", ("inspect", "signature")),
    "bind_partial": ("apply_defaults", ("inspect", "signature")),
    "get": ("raise_for_status", ("requests", "httpx")),
    "post": ("raise_for_status", ("requests", "httpx")),
}
"""callee -> (the method to call on its result, words the file must mention for it to apply)."""


def follow_up_edits(ctx: Ctx) -> Iterator[Edit]:
    assign = sole_assignment(ctx.site.node)
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return
    target, value = assign.targets[0].target, assign.value
    if not isinstance(target, cst.Name) or not isinstance(value, cst.Call):
        return
    follow_up = _FOLLOW_UPS.get(callee_name(value))
    if follow_up is None or not any(ctx.index.mentions(word) for word in follow_up[1]):
        return
    call = f"{target.value}.{follow_up[0]}()"
    if ctx.index.mentions(call):
        return
    edit = _insert_after(ctx, call + "\n", "missing function call", FOLLOW_UP_PRIOR)
    if edit is not None:
        yield edit
