"""A container a loop reads but never updates: ``last_seen.get(char, -1)`` on every step with
nothing ever stored in ``last_seen``, or ``reachable[start]`` tested while only
``reachable[0]`` is ever set. Such state is stuck at its initial value, so the missing line is
the update inside the loop; its key and value come from what the loop binds, the keys the
container is read with, and the values stored in it elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _is_terminal, _parent
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import (
    LOOPS,
    Function,
    all_nodes,
    bound_names,
    changed_container,
    repeated_fill,
    sole_assignment,
)

STALE_PRIOR = 0.6
MAX_UPDATES = 4
_EMPTY_CALLS = frozenset({"dict", "set", "defaultdict", "Counter"})


@dataclass
class Container:
    kind: str  # "map", "set" or "table" (``[v] * n``)
    value_type: str = ""
    """The declared type of its values (``Cell`` of ``dict[Cell, Cell]``)."""
    read_keys: list[str] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)
    """Values stored in it outside loops, or the opposite of a table's boolean fill."""


def stale_container_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not ctx.site.in_loop or not isinstance(stmt, cst.BaseStatement):
        return
    if _is_terminal(stmt):
        return
    loops = _enclosing_loops(ctx, stmt)
    if not loops:
        return
    stale = ctx.index.memo(("stale", id(function)), lambda: _stale_containers(ctx, function))
    bound = [n for loop in loops for n in _loop_names(loop)]
    assigned = [n for loop in loops for n in _assigned_names(loop) if n not in bound]
    for name, container in stale.items():
        if not any(_reads(ctx, loop, name) for loop in loops):
            continue
        prior = STALE_PRIOR * (0.8 if isinstance(stmt, cst.BaseCompoundStatement) else 1.0)
        for code in _updates(name, container, bound, assigned)[:MAX_UPDATES]:
            edit = _insert_after(ctx, code + "\n", "missing update", prior, structural=True)
            if edit is not None:
                yield edit


def _enclosing_loops(ctx: Ctx, stmt: cst.CSTNode) -> list[cst.For | cst.While]:
    """The loops around the statement, innermost first."""
    found: list[cst.For | cst.While] = []
    node = _parent(ctx, stmt)
    while node is not None and not isinstance(node, cst.FunctionDef):
        if isinstance(node, LOOPS):
            found.append(node)
        node = _parent(ctx, node)
    return found


def _loop_names(loop: cst.For | cst.While) -> list[str]:
    return [n.value for n in bound_names(loop.target)] if isinstance(loop, cst.For) else []


def _updates(name: str, container: Container, bound: list[str], assigned: list[str]) -> list[str]:
    keys = [k for k in container.read_keys if k in bound]
    keys += [k for k in bound if k not in keys]
    keys += [k for k in container.read_keys if k not in keys]
    if container.kind == "set":
        return [f"{name}.add({key})" for key in keys]
    found: list[str] = []
    for key in keys:
        # a container only handed to a reader has no reads here to take values from: what
        # the loop computes is a candidate then
        pool = bound if container.read_keys else [*bound, *assigned]
        values = container.stored or _typed_first(
            [b for b in pool if b != key], container.value_type
        )
        found += [f"{name}[{key}] = {value}" for value in values[:2]]
    return found


def _typed_first(names: list[str], value_type: str) -> list[str]:
    """Names that share a word with the declared value type first (``cell`` for ``Cell``)."""
    words = name_words(value_type)
    return sorted(names, key=lambda n: not (words & name_words(n)))


def _assigned_names(loop: cst.For | cst.While) -> list[str]:
    found: list[str] = []
    for node in all_nodes(loop.body):
        if isinstance(node, cst.AssignTarget):
            found += [n.value for n in bound_names(node.target) if n.value not in found]
    return found


def _stale_containers(ctx: Ctx, function: Function) -> dict[str, Container]:
    """Locals made empty (or filled with one value) that no loop of the function writes."""
    containers: dict[str, Container] = {}
    for stmt in function.node.body.body:
        assignment = sole_assignment(stmt)
        if assignment is None or assignment.value is None:
            continue
        names = [n.value for n in bound_names(_target(assignment))]
        kind = _initial_kind(assignment.value)
        if len(names) == 1 and kind:
            containers[names[0]] = Container(
                kind, _value_type(ctx, assignment), stored=_fill_opposite(assignment.value)
            )
    for node in all_nodes(function.node.body):
        passed = _name_arg(node)
        if passed and not _only_read_by_callee(ctx, node):
            containers.pop(passed, None)  # a callee may fill it
        written = _written_container(node)
        if written in containers:
            if _in_loop(ctx, node):
                del containers[written]
            else:
                value = _stored_value(ctx, node)
                if value and value not in containers[written].stored:
                    containers[written].stored.insert(0, value)
        for name, key in _read_keys(ctx, node):
            if name in containers and key not in containers[name].read_keys:
                containers[name].read_keys.append(key)
    return containers


def _value_type(ctx: Ctx, assignment: cst.Assign | cst.AnnAssign) -> str:
    if not isinstance(assignment, cst.AnnAssign):
        return ""
    annotation = assignment.annotation.annotation
    if isinstance(annotation, cst.Subscript) and len(annotation.slice) == 2:
        element = annotation.slice[1].slice
        return ctx.index.code(element.value) if isinstance(element, cst.Index) else ""
    return ""


def _target(assignment: cst.Assign | cst.AnnAssign) -> cst.BaseExpression:
    if isinstance(assignment, cst.AnnAssign):
        return assignment.target
    return assignment.targets[0].target if len(assignment.targets) == 1 else cst.Name("_")


def _initial_kind(value: cst.BaseExpression) -> str:
    if isinstance(value, cst.Dict) and not value.elements:
        return "map"
    callee = (
        value.func.value if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) else ""
    )
    if callee in _EMPTY_CALLS and isinstance(value, cst.Call) and not value.args:
        return "set" if callee == "set" else "map"
    return "table" if repeated_fill(value) is not None else ""


def _fill_opposite(value: cst.BaseExpression) -> list[str]:
    """``[False] * n`` is a table of flags waiting to be set: ``True`` is a value to store."""
    fill = repeated_fill(value)
    if isinstance(fill, cst.Name) and fill.value in {"True", "False"}:
        return ["True" if fill.value == "False" else "False"]
    return []


def _written_container(node: cst.CSTNode) -> str:
    container = changed_container(node)
    return container.value if isinstance(container, cst.Name) else ""


def _stored_value(ctx: Ctx, node: cst.CSTNode) -> str:
    parent = ctx.index.parents.get(node)
    if isinstance(node, cst.AssignTarget) and isinstance(parent, cst.Assign):
        return ctx.index.code(parent.value)
    return ""


def _read_keys(ctx: Ctx, node: cst.CSTNode) -> Iterator[tuple[str, str]]:
    """(container, key) of ``c[k]`` loads, ``c.get(k)`` and ``k in c``."""
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
        element = node.slice[0].slice if len(node.slice) == 1 else None
        parent = ctx.index.parents.get(node)
        store = isinstance(parent, (cst.AssignTarget, cst.AugAssign, cst.Del))
        if isinstance(element, cst.Index) and not store:
            yield node.value.value, ctx.index.code(element.value)
    elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.args:
        if node.func.attr.value == "get" and isinstance(node.func.value, cst.Name):
            yield node.func.value.value, ctx.index.code(node.args[0].value)
    elif isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        test = node.comparisons[0]
        if isinstance(test.operator, (cst.In, cst.NotIn)) and isinstance(test.comparator, cst.Name):
            yield test.comparator.value, ctx.index.code(node.left)


def _reads(ctx: Ctx, loop: cst.For | cst.While, name: str) -> bool:
    read = ctx.index.memo(("containers read", id(loop)), lambda: _containers_read(ctx, loop))
    return name in read


def _containers_read(ctx: Ctx, loop: cst.For | cst.While) -> set[str]:
    read = {c for node in all_nodes(loop) for c, _ in _read_keys(ctx, node)}
    for node in all_nodes(loop):
        passed = _name_arg(node)
        if passed and _only_read_by_callee(ctx, node):
            read.add(passed)
    return read


def _name_arg(node: cst.CSTNode) -> str:
    """``x`` of an argument that is a bare name, else ``""``."""
    if isinstance(node, cst.Arg) and isinstance(node.value, cst.Name):
        return node.value.value
    return ""


def _only_read_by_callee(ctx: Ctx, arg: cst.CSTNode) -> bool:
    """Whether the argument goes to a function of this file (``self._walk_back(came_from,
    ...)``) that only reads the parameter it lands in: neither writes it nor passes it on."""
    call = ctx.index.parents.get(arg)
    if not isinstance(call, cst.Call) or not isinstance(arg, cst.Arg) or arg.keyword or arg.star:
        return False
    name = ctx.index.code(call.func).removeprefix("self.").removeprefix("cls.")
    callees = ctx.index.function_named(name)
    if len(callees) != 1 or "." in name:
        return False
    params = [p for p in callees[0].params if p not in {"self", "cls"}]
    position = [a for a in call.args if a.keyword is None].index(arg)
    if position >= len(params):
        return False
    param = params[position]
    for node in all_nodes(callees[0].node.body):
        written = changed_container(node)
        if isinstance(written, cst.Name) and written.value == param:
            return False
        if isinstance(node, cst.Arg) and ctx.index.code(node.value) == param:
            return False
    return True


def _in_loop(ctx: Ctx, node: cst.CSTNode) -> bool:
    parent = ctx.index.parents.get(node)
    while parent is not None and not isinstance(parent, cst.FunctionDef):
        if isinstance(parent, (*LOOPS, cst.CompFor)):
            return True
        parent = ctx.index.parents.get(parent)
    return False
