"""Missing copy: a container stored while it is still being changed in place
(``self.checkpoints.append(self.messages)`` followed later by ``self.messages.append(m)``)
is aliased, so the stored snapshot changes with it. The fix stores a copy; the copy idioms
the file already writes come first."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, is_mutator_call

COPY_PRIOR = 0.45
COPIES = ("list({})", "{}.copy()", "dict({})", "{}[:]")
STORING_CALLS = frozenset({"append", "appendleft", "insert", "add", "setdefault", "put"})


def copy_edits(ctx: Ctx) -> Iterator[Edit]:
    changed = ctx.index.memo(("changed in place",), lambda: _changed_in_place(ctx.index))
    for root in ctx.site.roots:
        for value in _stored_values(root):
            code = ctx.index.code(value)
            if code not in changed:
                continue
            for rank, template in enumerate(_copy_idioms(ctx.index)):
                new = _parse_expr(template.format(code))
                if new is not None:
                    prior = COPY_PRIOR * (1.0 - 0.1 * rank)
                    edit = _replace(ctx, value, new, "missing copy", prior)
                    edit.structural = True
                    yield edit


def _stored_values(root: cst.CSTNode) -> Iterator[cst.BaseExpression]:
    """Bare names and attributes put into a container or into an object's state."""
    for node in all_nodes(root):
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            if node.func.attr.value in STORING_CALLS and node.args:
                yield from _plain(node.args[-1].value)
        elif isinstance(node, cst.Assign) and any(
            isinstance(t.target, (cst.Subscript, cst.Attribute)) for t in node.targets
        ):
            yield from _plain(node.value)
        elif isinstance(node, cst.Return) and isinstance(node.value, cst.Attribute):
            yield node.value


def _plain(value: cst.BaseExpression) -> Iterator[cst.BaseExpression]:
    if isinstance(value, (cst.Name, cst.Attribute)):
        yield value


def _changed_in_place(index: FileIndex) -> set[str]:
    """Code of every container the file changes in place (a mutator call's receiver, an item
    assignment or deletion's container)."""
    found: set[str] = set()
    for node in all_nodes(index.module):
        if is_mutator_call(node):
            assert isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            found.add(index.code(node.func.value))
        elif isinstance(node, (cst.AssignTarget, cst.Del)):
            target = node.target
            if isinstance(target, cst.Subscript):
                found.add(index.code(target.value))
    return found


def _copy_idioms(index: FileIndex) -> list[str]:
    familiar = [t for t in COPIES if index.mentions(t.split("{}")[0] or t.split("{}")[1])]
    return familiar + [t for t in COPIES if t not in familiar]
