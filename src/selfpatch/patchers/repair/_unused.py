"""Missing condition on an unused binding: a parameter the function never reads, or a module
constant nothing reads, is the classic trace of a forgotten clause (linters flag unused names for
this reason). ``if name not in done`` with an unused ``running: set[str]`` parameter becomes
``if name not in done and name not in running``; a return of a comparison next to an unused
``RIGHT_ASSOCIATIVE = {"^"}`` gets ``and token not in RIGHT_ASSOCIATIVE``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    CAMEL,
    Ctx,
    _is_terminal,
    _paren,
    _parse_expr,
    _replace,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    Function,
    all_nodes,
    callee_name,
    descendants,
    is_load,
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
                new = _parse_expr(f"{_paren(test, code, cst.And)} and {clause}")
                if new is not None:
                    yield _replace(ctx, test, new, "missing condition", UNUSED_CLAUSE_PRIOR)


UNUSED_TERM_PRIOR = 0.55
_NUMBERS = (cst.Integer, cst.Float)


def unused_term_edits(ctx: Ctx) -> Iterator[Edit]:
    """A module number nothing reads (``PER_MESSAGE_OVERHEAD = 4``) was meant to be added to
    some quantity: it is tried as a term of each value the function returns or assigns."""
    if ctx.site.function is None or not isinstance(ctx.site.node, cst.SimpleStatementLine):
        return
    unused = ctx.index.memo(("unused numbers",), lambda: _unused_terms(ctx.index))
    for value in _quantities(ctx.site.node):
        code = _paren(value, ctx.index.code(value))
        for constant in unused:
            edit = structural_edit(
                ctx, value, f"{constant} + {code}", "missing term", UNUSED_TERM_PRIOR
            )
            if edit is not None:
                yield edit


def _unused_terms(index: FileIndex) -> list[str]:
    """Unused module numbers, but for limits (``MAX_RETRY_AFTER``): a bound is not a term."""
    numbers = _unused_constants(index, _NUMBERS)
    return [n for n in numbers if not any(w in n.lower().split("_") for w in _LIMIT_WORDS)]


def _quantities(stmt: cst.SimpleStatementLine) -> Iterator[cst.BaseExpression]:
    """Values a statement returns or assigns that can be numbers: not a new object
    (``Verdict("done")``)."""
    for small in stmt.body:
        value = small.value if isinstance(small, (cst.Return, cst.Assign, cst.AugAssign)) else None
        if isinstance(value, cst.Call) and CAMEL.match(callee_name(value)):
            continue
        if isinstance(value, cst.Name) and value.value in {"None", "True", "False"}:
            continue
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
        if any(word in annotation for word in CONTAINER_WORDS) or _container_default(param):
            found.append(name)
    return found


def _container_default(param: cst.Param) -> bool:
    """``holidays=frozenset()`` or ``skip=()``: the default says the parameter is a container."""
    default = param.default
    if isinstance(default, _CONTAINER_VALUES):
        return True
    return (
        isinstance(default, cst.Call)
        and not default.args
        and callee_name(default) in {"set", "frozenset", "list", "dict", "tuple"}
    )


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
        if isinstance(node, cst.Name) and is_load(index, node):
            loads[node.value] = loads.get(node.value, 0) + 1
    return [name for name in bound if not loads.get(name)]


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
        code = _paren(test, ctx.index.code(test), cst.And)
        for quantity in _differences(ctx, test, own):
            for limit in limits:
                operator = ">=" if limit.startswith("min") else "<="
                edit = structural_edit(
                    ctx,
                    test,
                    f"{code} and {quantity} {operator} self.{limit}",
                    "missing condition",
                    UNUSED_LIMIT_PRIOR,
                )
                if edit is not None:
                    yield edit


def unused_constant_limit_edits(ctx: Ctx) -> Iterator[Edit]:
    """The same for a module constant: ``MAX_RETRY_AFTER = 60.0`` that nothing reads keeps a
    value a condition tests within bounds (``if hint is not None`` -> ``if hint is not None
    and hint <= MAX_RETRY_AFTER``)."""
    function = ctx.site.function
    if function is None:
        return
    limits = ctx.index.memo(("unused constant limits",), lambda: _unused_constant_limits(ctx))
    if not limits:
        return
    scoped = set(function.params) | function.locals
    for test in _conditions(ctx):
        code = _paren(test, ctx.index.code(test), cst.And)
        for name in dict.fromkeys(n for n in _bounded_names(test) if n in scoped):
            for limit in limits:
                operator = ">=" if limit.lower().startswith("min") else "<="
                new = _parse_expr(f"{code} and {name} {operator} {limit}")
                if new is not None:
                    yield _replace(ctx, test, new, "missing condition", UNUSED_LIMIT_PRIOR)


def _bounded_names(test: cst.BaseExpression) -> Iterator[str]:
    """Names a condition tests as a quantity: alone (``if hint``), against None, or in order."""
    for node in descendants(test):
        if isinstance(node, cst.Name) and node is test:
            yield node.value
        elif isinstance(node, cst.Comparison) and isinstance(node.left, cst.Name):
            operator = node.comparisons[0].operator
            comparator = node.comparisons[0].comparator
            none = isinstance(comparator, cst.Name) and comparator.value == "None"
            if isinstance(operator, _ORDERING) or (
                isinstance(operator, (cst.Is, cst.IsNot)) and none
            ):
                yield node.left.value


_ORDERING = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)
_IDENTITY = (cst.Is, cst.IsNot)


def _unused_constant_limits(ctx: Ctx) -> list[str]:
    numbers = _unused_constants(ctx.index, _NUMBERS)
    return [n for n in numbers if any(w in n.lower().split("_") for w in _LIMIT_WORDS)]


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


PARAMETER_LIMIT_PRIOR = 0.5


def unused_parameter_limit_edits(ctx: Ctx) -> Iterator[Edit]:
    """A limit the function is given and only validates (``if max_run < 1: raise ...``) is the
    trace of a missing check as well: a loop's condition gets the clause that keeps what it
    counts within the limit, ``and end - start < max_run``. What it counts: a name the
    condition orders or indexes with, or the difference of two such names."""
    function = ctx.site.function
    if function is None or not (ctx.site.in_loop or isinstance(ctx.site.node, cst.While)):
        return
    limits = ctx.index.memo(
        ("parameter limits", id(function)), lambda: _parameter_limits(ctx.index, function)
    )
    scoped = set(function.params) | function.locals
    for test in _conditions(ctx) if limits else []:
        code = _paren(test, ctx.index.code(test), cst.And)
        counted = [n for n in dict.fromkeys(_counting_names(ctx, test)) if n in scoped]
        pairs = [f"{a} - {b}" for a in counted for b in counted if a != b]
        for quantity in [*counted, *pairs]:
            for limit in limits:
                low = limit.lower().startswith("min")
                for operator in (">=",) if low else ("<", "<="):
                    new = _parse_expr(f"{code} and {quantity} {operator} {limit}")
                    if new is not None:
                        yield _replace(ctx, test, new, "missing condition", PARAMETER_LIMIT_PRIOR)


def _parameter_limits(index: FileIndex, function: Function) -> list[str]:
    """Parameters named as limits that the body reads only in tests of ``if ...: raise``."""
    validated = {
        id(name)
        for node in all_nodes(function.node.body)
        if isinstance(node, cst.If) and any(isinstance(n, cst.Raise) for n in all_nodes(node.body))
        for name in value_names(node.test)
    }
    found = []
    for param in function.node.params.params:
        name = param.name.value
        if not any(word in name.lower().split("_") for word in _LIMIT_WORDS):
            continue
        reads = [n for n in value_names(function.node.body) if n.value == name]
        if all(id(n) in validated for n in reads):
            found.append(name)
    return found


def _counting_names(ctx: Ctx, test: cst.BaseExpression) -> Iterator[str]:
    """Names a condition orders (``end < len(text)``) or indexes with (``text[start]``)."""
    yield from _bounded_names(test)
    for node in descendants(test):
        index = node.slice if isinstance(node, cst.SubscriptElement) else None
        if isinstance(index, cst.Index) and isinstance(index.value, cst.Name):
            yield index.value.value
