"""Bulk removal that forgets the per-item bookkeeping. A sibling method adds one item and keeps
a tally beside the container (``self.messages.append(message)`` then, for tool messages,
``self.tool_chars += len(message.content)``); a method that takes a slice of items out
(``dropped = self.messages[length:]``; ``del self.messages[length:]``) must undo the tally for
each of them::

    for message in dropped:
        if message.role == "tool":
            self.tool_chars -= len(message.content)
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_terminal
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    Function,
    all_nodes,
    callee_name,
    changed_container,
    value_names,
    written_state,
)

BULK_INVERSE_PRIOR = 0.7
_FLIPPED = {cst.AddAssign: cst.SubtractAssign, cst.SubtractAssign: cst.AddAssign}


def bulk_inverse_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    taken = _taken_slice(ctx)
    if function is None or function.cls is None or taken is None or _is_terminal(ctx.site.node):
        return
    local, container = taken
    body = ctx.index.code(function.node.body)
    for sibling in ctx.index.siblings(function):
        item = _added_item(ctx, sibling, container)
        if item is None or item in function.params or item in function.locals:
            continue
        for tally in _tallies(ctx, sibling, item):
            undo = _undo(tally)
            if not isinstance(undo, (cst.SimpleStatementLine, cst.BaseCompoundStatement)):
                continue
            if ctx.index.code(undo).strip() in body:
                continue
            text = cst.Module(body=[undo]).code.rstrip("\n")
            indented = "\n".join("    " + line for line in text.splitlines())
            edit = _insert_after(
                ctx, f"for {item} in {local}:\n{indented}\n", "missing inverse update",
                BULK_INVERSE_PRIOR, structural=True)  # fmt: skip
            if edit is not None:
                yield edit


def _taken_slice(ctx: Ctx) -> tuple[str, str] | None:
    """(local, container) when the site is ``local = self.c[a:b]``."""
    node = ctx.site.node
    if not isinstance(node, cst.SimpleStatementLine) or len(node.body) != 1:
        return None
    small = node.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return None
    target, value = small.targets[0].target, small.value
    if not isinstance(target, cst.Name) or not isinstance(value, cst.Subscript):
        return None
    if len(value.slice) != 1 or not isinstance(value.slice[0].slice, cst.Slice):
        return None
    container = ctx.index.code(value.value)
    return (target.value, container) if container.startswith("self.") else None


def _added_item(ctx: Ctx, sibling: Function, container: str) -> str | None:
    """The parameter the sibling appends to ``container``."""
    for stmt in sibling.node.body.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            call = small.value if isinstance(small, cst.Expr) else None
            if (
                isinstance(call, cst.Call)
                and ctx.index.code(call.func) in {f"{container}.append", f"{container}.add"}
                and len(call.args) == 1
                and isinstance(call.args[0].value, cst.Name)
                and call.args[0].value.value in sibling.params
            ):
                return call.args[0].value.value
    return None


def _tallies(ctx: Ctx, sibling: Function, item: str) -> list[cst.BaseStatement]:
    """The sibling's top-level statements that count the item into ``self`` state, with the
    ``if`` around them."""
    found: list[cst.BaseStatement] = []
    for stmt in sibling.node.body.body:
        if not isinstance(stmt, cst.BaseStatement):
            continue
        reads_item = any(n.value == item for n in value_names(stmt))
        if reads_item and _counts_into_self(ctx, stmt):
            found.append(stmt)
    return found


def _counts_into_self(ctx: Ctx, stmt: cst.CSTNode) -> bool:
    if isinstance(stmt, cst.If) and stmt.orelse is None:
        return all(_counts_into_self(ctx, s) for s in stmt.body.body)
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    return (
        isinstance(small, cst.AugAssign)
        and type(small.operator) in _FLIPPED
        and ctx.index.code(small.target).startswith("self.")
    )


def _undo(stmt: cst.BaseStatement) -> cst.BaseStatement | None:
    if isinstance(stmt, cst.If) and isinstance(stmt.body, cst.IndentedBlock):
        inner = [_undo(s) for s in stmt.body.body]
        if any(s is None for s in inner):
            return None
        body = stmt.body.with_changes(body=inner)
        return stmt.with_changes(body=body, leading_lines=())
    if isinstance(stmt, cst.SimpleStatementLine):
        small = stmt.body[0]
        assert isinstance(small, cst.AugAssign)
        flipped = _FLIPPED[type(small.operator)]()
        return stmt.with_changes(body=[small.with_changes(operator=flipped)], leading_lines=())
    return None


TOTAL_PRIOR = 0.6


def booked_total_edits(ctx: Ctx) -> Iterator[Edit]:
    """A loop that removes items and adds up what they measure (``freed +=
    len(self._blobs.pop(digest))``) where a sibling that removes from the same container
    books the measure in a field (``self.used_bytes -= len(data)``): the total is booked
    after the loop, ``self.used_bytes -= freed``."""
    function, loop = ctx.site.function, ctx.site.node
    if function is None or function.cls is None or not isinstance(loop, cst.For):
        return
    written = written_state(function.node, ctx.index.code)
    for total, container in _removal_totals(ctx, loop):
        for sibling in ctx.index.siblings(function):
            for field in _booked_fields(ctx, sibling, container):
                if field not in written:
                    edit = _insert_after(ctx, f"{field} -= {total}\n", "missing statement",
                                         TOTAL_PRIOR, structural=True)  # fmt: skip
                    if edit is not None:
                        yield edit


def _removal_totals(ctx: Ctx, loop: cst.For) -> Iterator[tuple[str, str]]:
    """(local, container) of ``local += ...`` in the loop around a removal from the container."""
    for node in all_nodes(loop.body):
        if not isinstance(node, cst.AugAssign) or not isinstance(node.target, cst.Name):
            continue
        if not isinstance(node.operator, cst.AddAssign):
            continue
        for container in _removed_from(ctx, node.value):
            yield node.target.value, container


def _removed_from(ctx: Ctx, node: cst.CSTNode) -> Iterator[str]:
    """The containers ``x.pop(...)`` and ``del x[...]`` take items out of."""
    for child in all_nodes(node):
        pops = isinstance(child, cst.Call) and callee_name(child) == "pop"
        container = changed_container(child) if pops or isinstance(child, cst.Del) else None
        if container is not None:
            yield ctx.index.code(container)


def _booked_fields(ctx: Ctx, sibling: Function, container: str) -> list[str]:
    """Fields the sibling decrements, when it removes from the container too."""
    if container not in set(_removed_from(ctx, sibling.node.body)):
        return []
    return [
        ctx.index.code(node.target)
        for node in all_nodes(sibling.node.body)
        if isinstance(node, cst.AugAssign) and isinstance(node.operator, cst.SubtractAssign)
        and isinstance(node.target, cst.Attribute)
    ]  # fmt: skip
