"""Values that reach nothing: a local assigned and never read, a parameter only passed on to
the function's own recursion, a field of one class that no object of that class is read
through. Linters flag such names because the code meant to use them is usually what is
missing:

- ``busy = sum(...)`` computed and then ``running`` used where ``busy`` was meant: an idle
  name ranks first as a replacement (see ``_names``);
- ``b`` only forwarded while ``root.key == a`` decides: ``root.key == a or root.key == b``;
- ``ModelSpec.max_output_tokens`` never read beside ``request.max_output_tokens``: the check
  ``request.max_output_tokens > model.max_output_tokens`` is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _is_terminal,
    _paren,
    renamed,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    Function,
    all_nodes,
    bound_names,
    is_load,
    value_names,
)
from selfpatch.patchers.repair._unused import _conditions


def idle_names(index: FileIndex, function: Function) -> set[str]:
    """Parameters and locals whose value never reaches anything: never read, or read only to
    be passed on unchanged to the function's own recursive call in the same position. Linters
    flag such names because the code meant to use them (``busy`` computed and then ``running``
    used; ``b`` only forwarded while ``a`` is compared) is usually what is missing."""
    return index.memo(("idle names", id(function)), lambda: _idle_names(index, function))


def _idle_names(index: FileIndex, function: Function) -> set[str]:
    params = [p for p in function.params if p not in {"self", "cls"}]
    stored = {
        n.value
        for node in all_nodes(function.node.body)
        if isinstance(node, cst.AssignTarget)
        for n in bound_names(node.target)
    }
    candidates = {p for p in params if not p.startswith("_")} | {
        n for n in stored if not n.startswith("_") and n in function.locals
    }
    for node in all_nodes(function.node.body):
        if (
            isinstance(node, cst.Name)
            and node.value in candidates
            and is_load(index, node)
            and not _forwarded(index, function, node, params)
        ):
            candidates.discard(node.value)
    return candidates


def _forwarded(index: FileIndex, function: Function, node: cst.Name, params: list[str]) -> bool:
    arg = index.parents.get(node)
    call = index.parents.get(arg) if isinstance(arg, cst.Arg) else None
    if not isinstance(arg, cst.Arg) or not isinstance(call, cst.Call) or arg.keyword:
        return False
    func = call.func
    recursive = (isinstance(func, cst.Name) and func.value == function.name) or (
        isinstance(func, cst.Attribute)
        and func.attr.value == function.name
        and index.code(func.value) in {"self", "cls"}
    )
    return recursive and node.value in params and call.args.index(arg) == params.index(node.value)


IDLE_CLAUSE_PRIOR = 0.7


def idle_clause_edits(ctx: Ctx) -> Iterator[Edit]:
    """An idle parameter beside a twin the function does test (``b`` only forwarded, while
    ``root.key == a`` decides): the forgotten clause tests the idle one the same way,
    ``root.key == a or root.key == b`` (or ``and``, for a condition both must meet)."""
    function = ctx.site.function
    if function is None:
        return
    twins = _idle_twins(ctx.index, function)
    if not twins:
        return
    for test in _conditions(ctx):
        for node in all_nodes(test):
            if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
                continue
            names = {n.value for n in value_names(node)}
            for used, idle in twins:
                if used not in names or idle in names:
                    continue
                twin = renamed(node, used, idle)
                code = ctx.index.code(node)
                for joiner in ("or", "and"):
                    edit = structural_edit(
                        ctx,
                        node,
                        f"{code} {joiner} {ctx.index.code(twin)}",
                        "missing condition",
                        IDLE_CLAUSE_PRIOR,
                    )
                    if edit is not None:
                        yield edit


def _idle_twins(index: FileIndex, function: Function) -> list[tuple[str, str]]:
    """(used parameter, idle parameter) pairs that share an annotation."""
    idle = idle_names(index, function)
    annotations = {
        p.name.value: index.code(p.annotation.annotation)
        for p in function.node.params.params
        if p.annotation is not None
    }
    return [
        (used, name)
        for name in sorted(idle & annotations.keys())
        for used, annotation in annotations.items()
        if used not in idle and used != name and annotation == annotations[name]
    ]


UNREAD_FIELD_PRIOR = 0.6


def unread_field_edits(ctx: Ctx) -> Iterator[Edit]:
    """A field of one class that nothing reads, named like a field another class's objects do
    read (``ModelSpec.max_output_tokens`` beside ``request.max_output_tokens``): the check that
    holds one against the other is missing. A test that compares the first object's fields
    (``needed > model.context_window``) gets the clause in the same direction, joined with
    ``or`` before an early exit and with ``and`` (negated) elsewhere."""
    node, function = ctx.site.node, ctx.site.function
    if not isinstance(node, cst.If) or function is None:
        return
    typed = ctx.index.memo(("typed names",), lambda: _typed_names(ctx.index))
    unread = ctx.index.memo(("unread fields",), lambda: _unread_fields(ctx.index, typed))
    if not unread:
        return
    local = {p: typed[p] for p in function.params if p in typed}
    exits = any(_is_terminal(stmt) for stmt in node.body.body)
    code = _paren(node.test, ctx.index.code(node.test))
    for holder, cls in local.items():
        for field in sorted(unread.get(cls, set())):
            for other, other_cls in local.items():
                if other_cls == cls or field not in ctx.index.class_fields().get(other_cls, set()):
                    continue
                exceeds = f"{other}.{field} > {holder}.{field}"
                within = f"{other}.{field} <= {holder}.{field}"
                edit = structural_edit(
                    ctx,
                    node.test,
                    f"{code} or {exceeds}" if exits else f"{code} and {within}",
                    "missing condition",
                    UNREAD_FIELD_PRIOR,
                )
                if edit is not None:
                    yield edit


def _typed_names(index: FileIndex) -> dict[str, str]:
    """Parameter names annotated with one class of the file (``model: ModelSpec``, or
    ``| None``), when the name is given that class wherever it is annotated."""
    classes = set(index.class_fields())
    seen: dict[str, set[str]] = {}
    for node in all_nodes(index.module):
        if isinstance(node, cst.Param) and node.annotation is not None:
            annotation = index.code(node.annotation.annotation).replace(" ", "")
            named = annotation.removesuffix("|None").removeprefix("Optional[").rstrip("]")
            seen.setdefault(node.name.value, set()).add(named if named in classes else "")
    return {
        name: next(iter(found))
        for name, found in seen.items()
        if len(found) == 1 and "" not in found
    }


def _unread_fields(index: FileIndex, typed: dict[str, str]) -> dict[str, set[str]]:
    """The fields of each class no object of that class is read through. A read through a
    name of unknown class counts for every class."""
    read: dict[str, set[str]] = {}
    anywhere: set[str] = set()
    for node in all_nodes(index.module):
        if not isinstance(node, cst.Attribute) or not isinstance(node.value, cst.Name):
            continue
        if isinstance(index.parents.get(node), (cst.AssignTarget, cst.AugAssign)):
            continue
        cls = typed.get(node.value.value)
        if cls is None:
            anywhere.add(node.attr.value)
        else:
            read.setdefault(cls, set()).add(node.attr.value)
    return {
        cls: fields - anywhere - read.get(cls, set())
        for cls, fields in index.class_fields().items()
        if cls in typed.values()
    }


IDLE_FACTOR_PRIOR = 0.55


def idle_factor_edits(ctx: Ctx) -> Iterator[Edit]:
    """A power or product worked out and never read (``high = pow(BASE, width - 1, MOD)``)
    scales one operand of a later sum or difference: ``h - dropped`` becomes
    ``h - dropped * high``."""
    function = ctx.site.function
    if function is None or not isinstance(ctx.site.node, cst.SimpleStatementLine):
        return
    factors = ctx.index.memo(("idle factors", id(function)), lambda: _idle_factors(ctx, function))
    start = min(ctx.site.lines)
    for name in (name for name, line in factors.items() if line < start):
        for root in ctx.site.roots or [ctx.site.node]:
            for operand in _summed(root):
                edit = structural_edit(
                    ctx, operand, f"{ctx.index.code(operand)} * {name}", "missing factor",
                    IDLE_FACTOR_PRIOR,
                )  # fmt: skip
                if edit is not None:
                    yield edit


def _idle_factors(ctx: Ctx, function: Function) -> dict[str, int]:
    """Idle locals bound once to a power or a product, with the line that binds them."""
    idle = idle_names(ctx.index, function) - set(function.params)
    found: dict[str, int] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0].target
        if isinstance(target, cst.Name) and target.value in idle and _scales(node.value):
            found[target.value] = ctx.index.positions[node].start.line
    return found


def _scales(value: cst.BaseExpression) -> bool:
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name):
        return value.func.value == "pow"
    return isinstance(value, cst.BinaryOperation) and isinstance(
        value.operator, (cst.Power, cst.Multiply, cst.LeftShift)
    )


def _summed(root: cst.CSTNode) -> Iterator[cst.BaseExpression]:
    """Operands of the sums and differences below ``root`` that are plain values."""
    for node in all_nodes(root):
        if isinstance(node, cst.BinaryOperation) and isinstance(
            node.operator, (cst.Add, cst.Subtract)
        ):
            for side in (node.left, node.right):
                if isinstance(side, (cst.Name, cst.Call, cst.Subscript, cst.Attribute)):
                    yield side
