"""State meant to start afresh for each item. ``visited = set()`` set up once before ``for left
in choices: augment(left, visited)`` carries one item's marks into the next; the set-up moves
into the loop, as its first statement. And the mirror: a collection started inside the loop
and read after it (``found = []`` each round, returned at the end) keeps only the last round;
the set-up moves before the loop."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _make, _parent, _show, owning_loop
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import all_nodes, sole_assignment

INTO_LOOP_PRIOR = 0.5
OUT_OF_LOOP_PRIOR = 0.5
_FRESH_CALLS = frozenset({"set", "list", "dict", "Counter", "defaultdict", "deque", "OrderedDict"})


def fresh_state_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt, block = ctx.site.node, ctx.site.block
    name = _fresh_name(stmt)
    if name is None or block is None:
        return
    assert isinstance(stmt, cst.SimpleStatementLine)
    following = block[ctx.site.index + 1] if ctx.site.index + 1 < len(block) else None
    later = block[ctx.site.index + 2 :]
    if (
        isinstance(following, (cst.For, cst.While))
        and isinstance(following.body, cst.IndentedBlock)
        and _reads(following.body, name)
        and not any(_reads(stmt, name) for stmt in later)
    ):
        yield _into(ctx, stmt, following, name)
    loop = owning_loop(ctx, stmt)
    if loop is not None and ctx.site.index == 0:
        outer = _parent(ctx, loop)
        after = _after(outer, loop)
        if any(_reads(later, name) for later in after):
            yield _out_of(ctx, stmt, loop, name)


def _into(ctx: Ctx, stmt: cst.SimpleStatementLine, loop: cst.For | cst.While, name: str) -> Edit:
    moved = stmt.with_changes(leading_lines=())
    body = loop.body
    assert isinstance(body, cst.IndentedBlock)  # checked by the caller
    new_loop = loop.with_changes(body=body.with_changes(body=[moved, *body.body]))
    code = _show(ctx.index.code(stmt))
    return _make(ctx, "statement order", INTO_LOOP_PRIOR,
                 [(stmt, cst.RemovalSentinel.REMOVE), (loop, new_loop)],
                 f"move `{code}` into the loop: `{name}` starts afresh for each item")  # fmt: skip


def _out_of(ctx: Ctx, stmt: cst.SimpleStatementLine, loop: cst.For | cst.While, name: str) -> Edit:
    moved = stmt.with_changes(leading_lines=())
    before = cst.FlattenSentinel([moved, loop])
    code = _show(ctx.index.code(stmt))
    return _make(ctx, "statement order", OUT_OF_LOOP_PRIOR,
                 [(stmt, cst.RemovalSentinel.REMOVE), (loop, before)],
                 f"move `{code}` before the loop: `{name}` gathers every round")  # fmt: skip


def _fresh_name(stmt: cst.CSTNode) -> str | None:
    assignment = sole_assignment(stmt)
    if assignment is None or assignment.value is None:
        return None
    targets = (
        [t.target for t in assignment.targets]
        if isinstance(assignment, cst.Assign)
        else [assignment.target]
    )
    if len(targets) != 1 or not isinstance(targets[0], cst.Name):
        return None
    return targets[0].value if _is_fresh(assignment.value) else None


def _is_fresh(value: cst.BaseExpression) -> bool:
    if isinstance(value, (cst.List, cst.Set, cst.Dict)):
        return not value.elements
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name):
        return value.func.value in _FRESH_CALLS and len(value.args) <= 1
    return False


def _reads(node: cst.CSTNode, name: str) -> bool:
    return any(isinstance(n, cst.Name) and n.value == name for n in all_nodes(node))


def _after(outer: cst.CSTNode | None, loop: cst.CSTNode) -> Sequence[cst.CSTNode]:
    body = getattr(outer, "body", None)
    if not isinstance(body, (list, tuple)) or loop not in body:
        return ()
    return body[body.index(loop) + 1 :]
