"""Missing condition on an unused binding: a parameter the function never reads, or a module
constant nothing reads, is the classic trace of a forgotten clause (linters flag unused names for
this reason). ``if name not in done`` with an unused ``running: set[str]`` parameter becomes
``if name not in done and name not in running``; a return of a comparison next to an unused
``RIGHT_ASSOCIATIVE = {"^"}`` gets ``and token not in RIGHT_ASSOCIATIVE``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _is_terminal,
    _paren,
    _parse_expr,
    _replace,
    renamed,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    Function,
    all_nodes,
    bound_names,
    descendants,
    value_names,
)

UNUSED_CLAUSE_PRIOR = 0.7
CONTAINER_WORDS = ("set", "list", "dict", "tuple", "Container", "Collection", "Sequence",
                   "Mapping", "Iterable", "frozenset", "Set")  # fmt: skip
_CONTAINER_VALUES = (cst.Set, cst.List, cst.Dict, cst.Tuple, cst.SetComp, cst.ListComp)


def unused_clause_edits(ctx: Ctx) -> Iterator[Edit]:
    """Add a clause that tests membership in an unused container to a condition at the site."""
    function = ctx.site.function
    if function is None:
        return
    unused = [*_unused_params(ctx.index, function), *_unused_constants(ctx.index)]
    if not unused:
        return
    for test in _conditions(ctx):
        code = ctx.index.code(test)
        for container in unused:
            for clause in _clauses(ctx, test, container):
                new = _parse_expr(f"{_paren(test, code)} and {clause}")
                if new is not None:
                    yield _replace(ctx, test, new, "missing condition", UNUSED_CLAUSE_PRIOR)


UNUSED_TERM_PRIOR = 0.55
_NUMBERS = (cst.Integer, cst.Float)


def unused_term_edits(ctx: Ctx) -> Iterator[Edit]:
    """A module number nothing reads (``PER_MESSAGE_OVERHEAD = 4``) was meant to be added to
    some quantity: it is tried as a term of each value the function returns or assigns."""
    if ctx.site.function is None or not isinstance(ctx.site.node, cst.SimpleStatementLine):
        return
    unused = ctx.index.memo(("unused numbers",), lambda: _unused_constants(ctx.index, _NUMBERS))
    for value in _quantities(ctx.site.node):
        code = _paren(value, ctx.index.code(value))
        for constant in unused:
            new = _parse_expr(f"{constant} + {code}")
            if new is not None:
                edit = _replace(ctx, value, new, "missing term", UNUSED_TERM_PRIOR)
                edit.structural = True
                yield edit


def _quantities(stmt: cst.SimpleStatementLine) -> Iterator[cst.BaseExpression]:
    for small in stmt.body:
        value = small.value if isinstance(small, (cst.Return, cst.Assign, cst.AugAssign)) else None
        if isinstance(
            value, (cst.Call, cst.Name, cst.Attribute, cst.Subscript, cst.BinaryOperation)
        ):
            yield value


def _conditions(ctx: Ctx) -> list[cst.BaseExpression]:
    node = ctx.site.node
    tests: list[cst.BaseExpression] = []
    if isinstance(node, (cst.If, cst.While)):
        tests.append(node.test)
    for root in ctx.site.roots:
        for child in descendants(root):
            if isinstance(child, cst.CompIf):
                tests.append(child.test)
            elif isinstance(child, cst.Return) and isinstance(
                child.value, (cst.Comparison, cst.BooleanOperation)
            ):
                tests.append(child.value)
    return tests


def _clauses(ctx: Ctx, test: cst.BaseExpression, container: str) -> Iterator[str]:
    """Clauses shaped like the membership tests already in the condition, else one per name."""
    seen: set[str] = set()
    for child in descendants(test):
        if isinstance(child, cst.Comparison) and len(child.comparisons) == 1:
            operator = child.comparisons[0].operator
            if isinstance(operator, (cst.In, cst.NotIn)):
                word = "in" if isinstance(operator, cst.In) else "not in"
                clause = f"{ctx.index.code(child.left)} {word} {container}"
                if clause not in seen:
                    seen.add(clause)
                    yield clause
    if seen:
        return
    function = ctx.site.function
    scalars = [p for p in function.params if p not in {"self", "cls"}] if function else []
    for name in dict.fromkeys(n.value for n in value_names(test)):
        if name in scalars and name != container:
            yield f"{name} not in {container}"


def _unused_params(index: FileIndex, function: Function) -> list[str]:
    read = {n.value for n in value_names(function.node.body)}
    found: list[str] = []
    for param in function.node.params.params:
        name = param.name.value
        if name in read or name in {"self", "cls"} or name.startswith("_"):
            continue
        annotation = index.code(param.annotation.annotation) if param.annotation else ""
        if any(word in annotation for word in CONTAINER_WORDS):
            found.append(name)
    return found


def _unused_constants(
    index: FileIndex, kinds: tuple[type[cst.CSTNode], ...] = _CONTAINER_VALUES
) -> list[str]:
    """Module-level names bound to a display of one of ``kinds`` and never read anywhere."""
    bound: list[str] = []
    for stmt in index.module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Assign) and isinstance(small.value, kinds):
                targets = [t.target for t in small.targets]
                bound += [t.value for t in targets if isinstance(t, cst.Name)]
    if not bound:
        return []
    loads: dict[str, int] = {}
    for node in all_nodes(index.module):
        if isinstance(node, cst.Name) and _is_load(index, node):
            loads[node.value] = loads.get(node.value, 0) + 1
    return [name for name in bound if not loads.get(name)]


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
            and _is_load(index, node)
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
                    new = _parse_expr(f"{code} {joiner} {ctx.index.code(twin)}")
                    if new is not None:
                        edit = _replace(ctx, node, new, "missing condition", IDLE_CLAUSE_PRIOR)
                        edit.structural = True
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


def _is_load(index: FileIndex, node: cst.Name) -> bool:
    parent = index.parents.get(node)
    if isinstance(parent, cst.AssignTarget):
        return False
    if isinstance(parent, cst.Attribute):
        return node is parent.value
    if isinstance(parent, (cst.FunctionDef, cst.ClassDef, cst.Param, cst.ImportAlias, cst.AsName)):
        return False
    return not (isinstance(parent, cst.Arg) and node is parent.keyword)


UNUSED_LIMIT_PRIOR = 0.6
_LIMIT_WORDS = ("max", "min", "limit", "ttl", "age", "timeout", "budget", "threshold", "cap")


def unused_limit_edits(ctx: Ctx) -> Iterator[Edit]:
    """A limit the object is given and never reads (``self.max_age``) is the trace of a missing
    check: a condition about an item gets the clause that keeps the item within the limit,
    measured as the difference of a field the item and the object share
    (``self.turn - entry.turn <= self.max_age``)."""
    function = ctx.site.function
    if function is None or function.cls is None:
        return
    limits = ctx.index.memo(("unused limits", function.cls), lambda: _unused_limits(ctx, function))
    if not limits:
        return
    own = ctx.index.class_fields().get(function.cls, set())
    for test in _conditions(ctx):
        code = _paren(test, ctx.index.code(test))
        for quantity in _differences(ctx, test, own):
            for limit in limits:
                operator = ">=" if limit.startswith("min") else "<="
                new = _parse_expr(f"{code} and {quantity} {operator} self.{limit}")
                if new is not None:
                    edit = _replace(ctx, test, new, "missing condition", UNUSED_LIMIT_PRIOR)
                    edit.structural = True
                    yield edit


def _unused_limits(ctx: Ctx, function: Function) -> list[str]:
    fields = ctx.index.class_fields().get(function.cls or "", set())
    read = _read_attributes(ctx.index)
    return sorted(
        f for f in fields - read if any(word in f.lower().split("_") for word in _LIMIT_WORDS)
    )


def _read_attributes(index: FileIndex) -> set[str]:
    return index.memo(
        ("read attributes",),
        lambda: {
            node.attr.value
            for node in all_nodes(index.module)
            if isinstance(node, cst.Attribute)
            and not isinstance(index.parents.get(node), (cst.AssignTarget, cst.AugAssign))
        },
    )


UNUSED_FIELD_PRIOR = 0.6


def unused_field_edits(ctx: Ctx) -> Iterator[Edit]:
    """A container field nothing reads (``deny``) beside one the condition tests membership in
    (``user.id in flag.allow``): the forgotten clause tests the same value against the unused
    field. Before an early exit it joins with ``or``; elsewhere it filters with ``and not``."""
    node = ctx.site.node
    if not isinstance(node, cst.If):
        return
    code = _paren(node.test, ctx.index.code(node.test))
    exits = any(_is_terminal(stmt) for stmt in node.body.body)
    for value, base, field in _sibling_memberships(ctx):
        clause = f"{value} in {base}.{field}"
        if clause in code:
            continue
        filtered = f"{code} and {value} not in {base}.{field}"
        for new_code in (f"{code} or {clause}" if exits else None, filtered):
            new = _parse_expr(new_code) if new_code else None
            if new is not None:
                edit = _replace(ctx, node.test, new, "missing condition", UNUSED_FIELD_PRIOR)
                edit.structural = True
                yield edit


def _sibling_memberships(ctx: Ctx) -> list[tuple[str, str, str]]:
    """(value, object, unused field) for each ``value in object.sibling`` in the function."""
    function = ctx.site.function
    if function is None:
        return []
    unused_by_class = {
        cls: fields - _read_attributes(ctx.index)
        for cls, fields in ctx.index.class_fields().items()
    }
    found: list[tuple[str, str, str]] = []
    for node in all_nodes(function.node.body):
        if not (isinstance(node, cst.Comparison) and len(node.comparisons) == 1):
            continue
        target = node.comparisons[0].comparator
        if not isinstance(node.comparisons[0].operator, (cst.In, cst.NotIn)):
            continue
        if not isinstance(target, cst.Attribute):
            continue
        sibling = target.attr.value
        for unused in unused_by_class.values():
            if unused and sibling not in unused and _same_class(ctx, sibling, unused):
                value, base = ctx.index.code(node.left), ctx.index.code(target.value)
                found += [(value, base, field) for field in sorted(unused)]
    return list(dict.fromkeys(found))


def _same_class(ctx: Ctx, sibling: str, unused: set[str]) -> bool:
    classes = ctx.index.class_fields().values()
    return any(sibling in fields and unused <= fields for fields in classes)


def _differences(ctx: Ctx, test: cst.BaseExpression, own: set[str]) -> Iterator[str]:
    """``self.f - item.f`` for each local in the test whose class shares field ``f``."""
    classes = ctx.index.class_fields()
    for name in dict.fromkeys(n.value for n in value_names(test)):
        if name == "self":
            continue
        used = ctx.index.attrs_by_base.get(name, set())
        fields = {f for c in classes.values() if used and used <= c for f in c}
        for shared in sorted(fields & own):
            yield f"self.{shared} - {name}.{shared}"


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
    typed = _typed_names(ctx.index)
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
                new = _parse_expr(f"{code} or {exceeds}" if exits else f"{code} and {within}")
                if new is not None:
                    edit = _replace(ctx, node.test, new, "missing condition", UNREAD_FIELD_PRIOR)
                    edit.structural = True
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
