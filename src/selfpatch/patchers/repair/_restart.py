"""A run that restarts without resetting all of its state: ``start = index`` begins the next
segment, but ``low`` and ``high``, set up beside ``start`` before the loop, keep the old
segment's values. The missing line repeats their set-up, with the restart's value where the
set-up used the initial one (``readings[0]`` becomes ``readings[index]``), or as it was
(``total = 0``). A count of segments marks a restart too: ``if load + weight > capacity:
breaks += 1`` starts a new day, and the ``load`` its test reads starts again from its set-up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _parent
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, bound_names, sole_assignment
from selfpatch.patchers.repair._stale import _enclosing_loops

RESTART_PRIOR = 0.55
AS_BEFORE_PRIOR = 0.45
MAX_SETUP = 6


@dataclass(frozen=True, slots=True)
class Setup:
    """One assignment in the run of assignments just before a loop."""

    targets: str  # ``low = high``
    names: frozenset[str]
    value: str


def restart_edits(ctx: Ctx) -> Iterator[Edit]:
    restart = _restart(ctx)
    if restart is None:
        return
    name, value, loop = restart
    setups = ctx.index.memo(("loop setup", id(loop)), lambda: _setups(ctx, loop))
    first = next((s for s in setups if name in s.names), None)
    if first is None:
        return
    changed = ctx.index.memo(("loop writes", id(loop)), lambda: _assigned(loop.body))
    reset_here = _assigned(cst.IndentedBlock(body=list(ctx.site.block or [])))
    tested = _tested_names(ctx) if value is None else None
    for setup in setups:
        if setup is first or not setup.names <= changed or setup.names & reset_here:
            continue
        if tested is not None and not setup.names & tested:
            continue  # a counted restart resets only what its test measures
        for code, prior in _resets(ctx, loop, setup, first.value, value or first.value):
            edit = _insert_after(
                ctx, f"{setup.targets} = {code}\n", "missing reset", prior, structural=True
            )
            if edit is not None:
                yield edit


def _restart(ctx: Ctx) -> tuple[str, str | None, cst.For | cst.While] | None:
    """``name = value`` in a branch inside a loop (the run restarts only sometimes), or
    ``count += 1`` there (value None: a segment counted)."""
    if ctx.site.function is None or not ctx.site.in_loop or ctx.site.block is None:
        return None
    counted = _counted(ctx.site.node)
    assignment = sole_assignment(ctx.site.node)
    if counted is not None:
        target: cst.BaseExpression = counted
    elif isinstance(assignment, cst.Assign) and len(assignment.targets) == 1:
        target = assignment.targets[0].target
        if isinstance(target, cst.Name) and target.value in _names_in(assignment.value):
            return None  # ``top = max(top, v)`` carries the run on; it does not restart it
    else:
        return None
    if not isinstance(target, cst.Name):
        return None
    branch = _parent(ctx, _parent(ctx, ctx.site.node) or ctx.site.node)
    if not isinstance(branch, (cst.If, cst.Else)):
        return None
    loops = _enclosing_loops(ctx, branch)
    if not loops:
        return None
    value = None
    if counted is None and assignment is not None and assignment.value is not None:
        value = ctx.index.code(assignment.value)
    return target.value, value, loops[0]


def _counted(stmt: cst.CSTNode) -> cst.Name | None:
    """``breaks`` of ``breaks += 1``."""
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
    if not isinstance(small, cst.AugAssign) or not isinstance(small.operator, cst.AddAssign):
        return None
    counts = isinstance(small.target, cst.Name) and isinstance(small.value, cst.Integer)
    return small.target if counts and isinstance(small.target, cst.Name) else None


def _tested_names(ctx: Ctx) -> set[str]:
    """The names the test of the ``if`` around the site reads."""
    branch = _parent(ctx, _parent(ctx, ctx.site.node) or ctx.site.node)
    return _names_in(branch.test) if isinstance(branch, cst.If) else set()


def _names_in(node: cst.CSTNode) -> set[str]:
    return {n.value for n in all_nodes(node) if isinstance(n, cst.Name)}


def _setups(ctx: Ctx, loop: cst.For | cst.While) -> list[Setup]:
    block = _parent(ctx, loop)
    body = list(block.body) if isinstance(block, (cst.IndentedBlock, cst.Module)) else []
    if loop not in body:
        return []
    found: list[Setup] = []
    for stmt in reversed(body[max(0, body.index(loop) - MAX_SETUP) : body.index(loop)]):
        assignment = sole_assignment(stmt)
        if not isinstance(assignment, cst.Assign) or assignment.value is None:
            break
        targets = [t.target for t in assignment.targets]
        if not all(isinstance(t, cst.Name) for t in targets):
            break
        names = frozenset(n.value for t in targets for n in bound_names(t))
        code = " = ".join(ctx.index.code(t) for t in targets)
        found.append(Setup(code, names, ctx.index.code(assignment.value)))
    return found[::-1]


def _assigned(node: cst.CSTNode) -> set[str]:
    names: set[str] = set()
    for child in all_nodes(node):
        if isinstance(child, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign)):
            names |= {n.value for n in bound_names(child.target)}
    return names


def _resets(
    ctx: Ctx, loop: cst.For | cst.While, setup: Setup, initial: str, restart: str
) -> Iterator[tuple[str, float]]:
    """The set-up moved to the restart's position, then the set-up as it was."""
    pattern = rf"(?<![\w.]){re.escape(initial)}(?![\w.])"
    moved = re.sub(pattern, lambda _: restart, setup.value)
    if moved != setup.value and setup.value != initial:
        yield _named(ctx, loop, moved), RESTART_PRIOR
        yield setup.value, AS_BEFORE_PRIOR
    else:
        yield setup.value, RESTART_PRIOR


def _named(ctx: Ctx, loop: cst.For | cst.While, code: str) -> str:
    """A local the loop already holds the value in (``value = readings[index]``)."""
    names = ctx.index.memo(("loop locals", id(loop)), lambda: _loop_locals(ctx, loop))
    return names.get(code, code)


def _loop_locals(ctx: Ctx, loop: cst.For | cst.While) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in all_nodes(loop.body):
        assignment = sole_assignment(node) if isinstance(node, cst.SimpleStatementLine) else None
        if isinstance(assignment, cst.Assign) and len(assignment.targets) == 1:
            target = assignment.targets[0].target
            if isinstance(target, cst.Name):
                found.setdefault(ctx.index.code(assignment.value), target.value)
    return found
