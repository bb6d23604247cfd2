"""A handled family that leaves out the error that escaped: ``except retryable`` where
``retryable`` defaults to ``RETRYABLE = (TimeoutError,)`` lets a ``ConnectionError`` through.
The module's tuple names the family the code means to handle, so the escaped type joins it
there (``RETRYABLE = (TimeoutError, ConnectionError)``) rather than at one handler: a caller
that passes its own family still gets exactly that family handled."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, Function, sole_assignment

HANDLED_FAMILY_PRIOR = 0.8


def handled_family_edits(
    ctx: Ctx, handler: cst.ExceptHandler, escaped: list[str]
) -> Iterator[Edit]:
    if not isinstance(handler.type, cst.Name):
        return
    name = _default_name(ctx.site.function, handler.type.value)
    family = _module_tuple(ctx.index, name) if name is not None else None
    if family is None:
        return
    members = [ctx.index.code(element.value) for element in family.elements]
    for error in escaped:
        if error in members:
            continue
        new = _parse_expr(f"({', '.join([*members, error])})")
        if isinstance(new, cst.Tuple):
            edit = _replace(ctx, family, new, "widen exception handler", HANDLED_FAMILY_PRIOR)
            edit.structural = True
            yield edit


def _default_name(function: Function | None, name: str) -> str | None:
    """The module-level name a handler's type refers to: the name itself at module level or
    in a function that never binds it, or the plain name a parameter defaults to."""
    if function is None:
        return name
    params = function.node.params
    for param in [*params.params, *params.kwonly_params]:
        if param.name.value == name:
            default = param.default
            return default.value if isinstance(default, cst.Name) else None
    return None if name in function.locals else name


def _module_tuple(index: FileIndex, name: str) -> cst.Tuple | None:
    """The tuple of a module-level ``NAME = (A, B)``, the module's only binding of the name."""
    found: list[cst.Tuple | None] = []
    for stmt in index.module.body:
        small = sole_assignment(stmt)
        if not isinstance(small, cst.Assign):
            continue
        for target in small.targets:
            if isinstance(target.target, cst.Name) and target.target.value == name:
                found.append(small.value if isinstance(small.value, cst.Tuple) else None)
    return found[0] if len(found) == 1 else None
