"""Condition and guard families: negated, strengthened or weakened conditions, missing
guards and exception handlers, JSON strings where a mapping is used."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterator, Sequence

import libcst as cst
from libcst.helpers import get_full_name_for_node

from selfpatch.patchers.repair._common import (
    Ctx,
    _fallbacks,
    _insert_before,
    _is_plus_minus_one,
    _is_store,
    _last_assignment,
    _make,
    _needs_parens,
    _paren,
    _parse_expr,
    _parse_stmt,
    _replace,
    _show,
    owning_loop,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._handled import handled_family_edits
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    FileIndex,
    all_nodes,
    callee_name,
    descendants,
    locally_bound,
    value_names,
)

JSON_MESSAGES = (
    "string indices must be integers",
    "'str' object has no attribute",
    "must be a mapping, not str",
    "'str' object is not a mapping",
    "'str' object does not support item assignment",
    "dictionary update sequence element",
    "must be an object",
    "must be a dict",
)
_MAPPING_TYPES = frozenset({"dict", "Mapping", "abc.Mapping", "collections.abc.Mapping"})


def condition_edits(ctx: Ctx) -> Iterator[Edit]:
    tests: list[cst.BaseExpression] = []
    if isinstance(ctx.site.node, (cst.If, cst.While)):
        tests.append(ctx.site.node.test)
    for root in ctx.site.roots:
        tests += [n.test for n in descendants(root) if isinstance(n, cst.IfExp)]
    others = ctx.site.function.conditions if ctx.site.function else []
    for test in tests:
        code = ctx.index.code(test)
        if not (isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not)):
            negated = _parse_expr(f"not ({code})" if _needs_parens(test) else f"not {code}")
            if negated is not None:
                edit = _replace(ctx, test, negated, "negate condition", 0.5)
                if _has_negated_clause(test):
                    edit.suspect = "negates a clause that is negated already"
                yield edit
        for other in others:
            other_code = ctx.index.code(other)
            if other is test or other_code in code or code in other_code:
                continue
            joined = f"{_paren(test, code, cst.And)} and {_paren(other, other_code, cst.And)}"
            new = _parse_expr(joined)
            if new is not None:
                yield _replace(ctx, test, new, "strengthen condition", 0.3)
        yield from _missing_clauses(ctx, test, code)
        for name in dict.fromkeys(n.value for n in value_names(test)):
            new = _parse_expr(f"{_paren(test, code, cst.Or)} or not {name}")
            if new is not None and name not in ctx.index.callables:
                yield _replace(ctx, test, new, "weaken condition", 0.3, weakens=True)
        if isinstance(ctx.site.node, cst.If) and test is ctx.site.node.test:
            yield _replace(ctx, test, cst.Name("True"), "drop condition", 0.12, deletes=True)


def _has_negated_clause(test: cst.BaseExpression) -> bool:
    """``not keep and due <= t``: negating it all (``not (not keep and ...)``) turns every
    clause over, where dropping the one ``not`` turns over the clause that carries it."""
    if not isinstance(test, cst.BooleanOperation):
        return False
    return any(
        isinstance(side, cst.UnaryOperation) and isinstance(side.operator, cst.Not)
        for side in (test.left, test.right)
    )


BORROWED_CLAUSE_PRIOR = 0.45
TRUTHY_CLAUSE_PRIOR = 0.3


def _missing_clauses(ctx: Ctx, test: cst.BaseExpression, code: str) -> Iterator[Edit]:
    """``if value in seen`` -> ``if value != 0 and value in seen``: a clause the file already
    puts in front of another test of the same variable, or the variable's own truthiness
    (empty cells, blank lines and zero ids are skipped before they are counted)."""
    names = {n.value for n in value_names(test)}
    left = test.left if isinstance(test, cst.Comparison) else None
    tested = [left.value] if isinstance(left, cst.Name) else []
    checked = _type_checked(test)
    clauses: dict[str, float] = {}
    for conjunct, prior in ctx.index.memo(("conjuncts",), lambda: _conjuncts(ctx.index)):
        conjunct_names = {n.value for n in value_names(conjunct)}
        if conjunct_names and conjunct_names <= names and ctx.index.code(conjunct) not in code:
            clauses.setdefault(ctx.index.code(conjunct), prior)
            if prior < BORROWED_CLAUSE_PRIOR:  # a branch test: either way round
                clauses.setdefault(f"not {_paren(conjunct, ctx.index.code(conjunct))}", prior)
    for name in tested:
        clauses.setdefault(name, TRUTHY_CLAUSE_PRIOR)
    for clause, prior in clauses.items():
        new = _parse_expr(f"{clause} and {_paren(test, code, cst.And)}")
        if new is not None:
            yield _replace(ctx, test, new, "missing condition", prior)
    if checked is not None:  # ``isinstance(value, dict) and value``: an empty one is a leaf
        new = _parse_expr(f"{code} and {checked}")
        if new is not None:
            yield _replace(ctx, test, new, "missing condition", TRUTHY_CLAUSE_PRIOR)


def _type_checked(test: cst.BaseExpression) -> str | None:
    """The name an ``isinstance(name, T)`` test checks, when the test is just that."""
    if not isinstance(test, cst.Call) or callee_name(test) != "isinstance" or len(test.args) != 2:
        return None
    subject = test.args[0].value
    return subject.value if isinstance(subject, cst.Name) else None


LAST_ROUND_PRIOR = 0.3
NAMED_LAST_ROUND_PRIOR = 0.45
_LAST_WORDS = re.compile(r"\b(last|final)\b", re.IGNORECASE)


def last_round_edits(ctx: Ctx) -> Iterator[Edit]:
    """``if repaid > balance`` -> ``if month == months or repaid > balance`` in ``for month in
    range(1, months + 1)``: the last round of a counted loop settles what the others leave
    (the final payment absorbs rounding), likelier where the code speaks of a last or final one."""
    if not isinstance(ctx.site.node, cst.If):
        return
    test, code = ctx.site.node.test, ctx.index.code(ctx.site.node.test)
    loop = owning_loop(ctx, ctx.site.node)
    if not isinstance(loop, cst.For) or not isinstance(loop.target, cst.Name):
        return
    last = _last_value(ctx, loop.iter)
    if last is None:
        return
    function = ctx.site.function
    worded = bool(_LAST_WORDS.search(ctx.index.code(function.node) if function else ""))
    new = _parse_expr(f"{loop.target.value} == {last} or {_paren(test, code, cst.Or)}")
    if new is not None:
        prior = NAMED_LAST_ROUND_PRIOR if worded else LAST_ROUND_PRIOR
        yield _replace(ctx, test, new, "missing condition", prior)


def _last_value(ctx: Ctx, iterable: cst.BaseExpression) -> str | None:
    """The last value ``range(...)`` gives, when it steps by one: ``n`` for ``range(1, n + 1)``."""
    if not isinstance(iterable, cst.Call) or callee_name(iterable) != "range":
        return None
    if not 1 <= len(iterable.args) <= 2 or any(a.keyword or a.star for a in iterable.args):
        return None
    stop = iterable.args[-1].value
    counted = _is_plus_minus_one(stop) and isinstance(stop, cst.BinaryOperation)
    if counted and isinstance(stop, cst.BinaryOperation) and isinstance(stop.operator, cst.Add):
        return ctx.index.code(stop.left)
    plain = isinstance(stop, (cst.Name, cst.Attribute, cst.Call, cst.Subscript, cst.Integer))
    return f"{ctx.index.code(stop)} - 1" if plain else f"({ctx.index.code(stop)}) - 1"


BRANCH_CLAUSE_PRIOR = 0.35


def _conjuncts(index: FileIndex) -> list[tuple[cst.BaseExpression, float]]:
    """The clauses of every ``and`` chain in the file, then the plain tests of its ``elif``
    branches (``elif rule.excludes(tool):`` is a check the file makes before accepting) and
    the flag fields it branches on (``if message.is_summary:``)."""
    found: list[tuple[cst.BaseExpression, float]] = []
    for node in all_nodes(index.module):
        if isinstance(node, cst.BooleanOperation) and isinstance(node.operator, cst.And):
            for side in (node.left, node.right):
                if not isinstance(side, cst.BooleanOperation):
                    found.append((side, BORROWED_CLAUSE_PRIOR))
        elif (
            isinstance(node, cst.If)
            and isinstance(index.parents.get(node), cst.If)
            and isinstance(node.test, (cst.Call, cst.Comparison))
        ):
            found.append((node.test, BRANCH_CLAUSE_PRIOR))
        elif isinstance(node, (cst.If, cst.While)) and isinstance(node.test, cst.Attribute):
            found.append((node.test, BRANCH_CLAUSE_PRIOR))  # a flag field: ``if m.is_summary:``
    return found


def guard_edits(ctx: Ctx) -> Iterator[Edit]:
    if ctx.site.block is None or ctx.site.function is None:
        return
    weight = 1.0 if ctx.raised_here else 0.35
    conditions: dict[str, float] = {}
    # a guard before the statement cannot test what the statement binds for itself
    local = set().union(*(locally_bound(root) for root in ctx.site.roots))
    for root in ctx.site.roots:
        for node in descendants(root):
            for condition, prior in _guard_conditions(ctx, node):
                if not local & _names_in(condition):
                    conditions.setdefault(condition, prior)
    fallbacks = _fallbacks(ctx)
    for condition, prior in list(conditions.items())[:6]:
        for fallback, fallback_prior in fallbacks:
            code = f"if {condition}:\n    {fallback}\n"
            edit = _insert_before(ctx, code, "guard", prior * fallback_prior * weight)
            if edit is not None:
                yield edit


def _names_in(code: str) -> set[str]:
    expr = _parse_expr(code)
    return {n.value for n in all_nodes(expr) if isinstance(n, cst.Name)} if expr else set()


COMPREHENSION_GUARD_PRIOR = 0.6


def comprehension_guard_edits(ctx: Ctx) -> Iterator[Edit]:
    """``sum(bit[cap] for cap in caps)`` where ``cap`` may be missing from ``bit``: the
    comprehension skips such items, ``for cap in caps if cap in bit``."""
    weight = 1.0 if ctx.raised_here else 0.35
    for root in ctx.site.roots:
        for comp in (n for n in all_nodes(root) if isinstance(n, cst.CompFor)):
            if not isinstance(comp.target, cst.Name) or comp.ifs:
                continue
            for key, mapping in _looked_up(ctx, root, comp.target.value):
                test = _parse_expr(f"{key} in {mapping}")
                if test is None or mapping == ctx.index.code(comp.iter):
                    continue
                new = comp.with_changes(ifs=[cst.CompIf(test=test)])
                prior = COMPREHENSION_GUARD_PRIOR * weight
                yield _replace(ctx, comp, new, "missing condition", prior)


def _looked_up(ctx: Ctx, root: cst.CSTNode, name: str) -> list[tuple[str, str]]:
    """``(key, mapping)`` of each ``mapping[key]`` read whose key is ``name``."""
    found: list[tuple[str, str]] = []
    for node in all_nodes(root):
        if not isinstance(node, cst.Subscript) or len(node.slice) != 1:
            continue
        element = node.slice[0].slice
        if isinstance(element, cst.Index) and isinstance(element.value, cst.Name):
            pair = (element.value.value, ctx.index.code(node.value))
            if element.value.value == name and pair not in found:
                found.append(pair)
    return found


def _guard_conditions(ctx: Ctx, node: cst.CSTNode) -> Iterator[tuple[str, float]]:
    code = ctx.index.code
    if isinstance(node, cst.Subscript) and len(node.slice) == 1 and not _is_store(ctx, node):
        element = node.slice[0].slice
        if isinstance(element, cst.Index):
            if isinstance(element.value, (cst.Integer, cst.UnaryOperation)):
                yield f"not {code(node.value)}", 0.5
            else:
                yield f"{code(element.value)} not in {code(node.value)}", 0.6
    elif isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
        base = node.value.value
        if base != "self" and base not in ctx.index.callables | BUILTIN_NAMES:
            yield f"{base} is None", 0.5
    params = ctx.site.function.params if ctx.site.function else []
    if not isinstance(node, cst.Name) or node.value not in params:
        return
    for type_name in ("str", "int", "list", "dict"):
        if ctx.evidence.message_mentions(f"'{type_name}'"):
            yield f"isinstance({node.value}, {type_name})", 0.45
    if ctx.evidence.message_mentions("'NoneType'"):
        yield f"{node.value} is None", 0.5


def handler_edits(ctx: Ctx) -> Iterator[Edit]:
    site = ctx.site
    if site.block is None or not ctx.raised_here or not ctx.error_names:
        return
    if isinstance(site.node, (cst.FunctionDef, cst.ClassDef, cst.Try)) or _raises(site.node):
        return  # a handler around the code's own `raise` would only silence it
    names = [(n, 0.65) for n in ctx.error_names[:2]] + [("Exception", 0.3)]
    bodies = _handler_bodies(ctx)
    for error, error_prior in names:
        for alias, body, body_prior in bodies:
            edit = _wrap_try(ctx, error, alias, body, error_prior * body_prior)
            if edit is not None:
                edit.weakens = error == "Exception"
                yield edit


def _handler_bodies(ctx: Ctx) -> list[tuple[str | None, list[cst.BaseStatement], float]]:
    """Fallback bodies, drawn from the code's own handlers and error values first."""
    found: list[tuple[str | None, list[cst.BaseStatement], float]] = []
    seen: set[str] = set()

    def add(alias: str | None, body: Sequence[cst.BaseStatement], prior: float) -> None:
        key = "".join(ctx.index.code(s).strip() for s in body)
        if key and key not in seen:
            seen.add(key)
            found.append((alias, list(body), prior))

    for handler in ctx.index.handlers:
        body = list(handler.body.body) if isinstance(handler.body, cst.IndentedBlock) else []
        if body and not any(_raises(s) for s in body):
            alias = None
            if handler.name is not None and isinstance(handler.name.name, cst.Name):
                alias = handler.name.name.value
            add(alias, body, 0.85)
    function = ctx.site.function
    if function is not None:
        for update in function.updates:
            if "error" in ctx.index.code(update).lower():
                add(None, [update.with_changes(leading_lines=())], 0.75)
    for code, prior in [*_fallbacks(ctx), ("pass", 0.3)]:
        stmt = _parse_stmt(code + "\n")
        if stmt is not None:
            add(None, [stmt], prior * 0.9)
    return found[:8]


def _raises(stmt: cst.CSTNode) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and any(
        isinstance(s, cst.Raise) for s in stmt.body
    )


def _wrap_try(
    ctx: Ctx, error: str, alias: str | None, body: list[cst.BaseStatement], prior: float
) -> Edit | None:
    stmt = ctx.site.node
    assert isinstance(stmt, cst.BaseStatement)
    error_type = _parse_expr(error)
    if error_type is None:
        return None
    handler = cst.ExceptHandler(
        body=cst.IndentedBlock(body=[s.with_changes(leading_lines=()) for s in body]),
        type=error_type,
        name=cst.AsName(name=cst.Name(alias)) if alias else None,
    )
    wrapped = cst.Try(
        body=cst.IndentedBlock(body=[stmt.with_changes(leading_lines=())]),
        handlers=[handler],
        leading_lines=getattr(stmt, "leading_lines", ()),
    )
    fallback = _show("; ".join(ctx.index.module.code_for_node(s).strip() for s in body))
    return _make(
        ctx,
        "exception handler",
        prior,
        [(stmt, wrapped)],
        f"catch {error} around `{_show(ctx.index.code(stmt))}` and `{fallback}`",
    )


def handler_widening_edits(
    index: FileIndex, frame_lines: frozenset[int], error_names: list[str], evidence: Evidence
) -> Iterator[Edit]:
    """``except A`` -> ``except (A, E)`` where E escaped from inside the try body."""
    for site in index.sites:
        stmt = site.node
        if not isinstance(stmt, cst.Try):
            continue
        span = index.positions[stmt.body]
        if not any(span.start.line <= line <= span.end.line for line in frame_lines):
            continue
        ctx = Ctx(index, site, evidence, frame_lines, error_names)
        raised = _raised_by_callees(index, stmt.body)
        for handler in stmt.handlers:
            if handler.type is None:
                continue
            old = index.code(handler.type)
            wider = list(_raised_too(ctx, handler, raised, error_names[:2]))
            wider += handled_family_edits(ctx, handler, error_names[:2])
            yield from wider
            inner = _caught(index, handler)
            for error, prior in [*_with_bases(error_names[:2]), ("Exception", 0.35)]:
                if error == old:
                    continue
                new = _parse_expr(f"({inner}, {error})" if error != "Exception" else "Exception")
                if new is not None:
                    edit = _replace(
                        ctx, handler.type, new, "widen exception handler", prior,
                        weakens=error == "Exception",
                    )  # fmt: skip
                    # that family escaped this try, and nothing else the callees raise
                    edit.structural = error != "Exception" and not wider
                    yield edit


RAISED_TOO_PRIOR = 0.85


def _raised_too(
    ctx: Ctx, handler: cst.ExceptHandler, raised: list[str], escaped: list[str]
) -> Iterator[Edit]:
    """``except json.JSONDecodeError`` around ``parse_record(line)``, which raises
    ``ValueError`` and ``TypeError`` itself: the handler takes in the escaped type and every
    type the file's own callees raise, since the callee raises them for a caller to handle."""
    assert handler.type is not None
    inner = _caught(ctx.index, handler)
    caught = {name.strip() for name in inner.split(",")}
    for error in escaped:
        extra = [name for name in dict.fromkeys([error, *raised]) if name not in caught]
        if len(extra) < 2 or error not in extra:
            continue  # no type beyond the escaped one: the plain widening covers it
        edit = structural_edit(
            ctx,
            handler.type,
            f"({inner}, {', '.join(extra)})",
            "widen exception handler",
            RAISED_TOO_PRIOR,
        )
        if edit is not None:
            yield edit


def _caught(index: FileIndex, handler: cst.ExceptHandler) -> str:
    """The types a handler names, without a tuple's parentheses: ``A, B`` for ``(A, B)``."""
    assert handler.type is not None
    old = index.code(handler.type)
    return old[1:-1] if isinstance(handler.type, cst.Tuple) and old.startswith("(") else old


def _raised_by_callees(index: FileIndex, body: cst.BaseSuite) -> list[str]:
    """The exception types the file's functions called in ``body`` raise by name."""
    found: list[str] = []
    for node in all_nodes(body):
        if not isinstance(node, cst.Call):
            continue
        for function in index.function_named(callee_name(node)):
            for inner in all_nodes(function.node.body):
                if isinstance(inner, cst.Raise) and inner.exc is not None:
                    exc = inner.exc.func if isinstance(inner.exc, cst.Call) else inner.exc
                    if isinstance(exc, cst.Name) and exc.value not in BROAD_ERRORS:
                        found.append(exc.value)
    return list(dict.fromkeys(found))


BROAD_ERRORS = frozenset(
    {"Exception", "BaseException", "OSError", "LookupError", "ArithmeticError"}
)


def _with_bases(names: list[str]) -> list[tuple[str, float]]:
    """The escaped exception types, then their built-in base classes short of the broad ones
    (``ConnectionResetError`` -> ``ConnectionError``): a handler usually names the family."""
    found = [(n, 0.8) for n in names]
    for name in names:
        cls = getattr(builtins, name, None)
        if not isinstance(cls, type) or not issubclass(cls, BaseException):
            continue
        for base in cls.__mro__[1:]:
            if base.__name__ in BROAD_ERRORS or base is object:
                break
            found.append((base.__name__, 0.75))
    return list(dict.fromkeys(found))


def json_edits(ctx: Ctx) -> Iterator[Edit]:
    """Arguments that arrive as a JSON string where the code uses a mapping."""
    if ctx.site.block is None or ctx.site.function is None:
        return
    prior = 0.9 if ctx.evidence.message_mentions(*JSON_MESSAGES) else 0.12
    if not ctx.raised_here:
        prior *= 0.5
    bases: dict[str, cst.BaseExpression] = {}
    for root in ctx.site.roots:
        for node in descendants(root):
            base = _mapping_use(node)
            if base is not None and isinstance(base, (cst.Name, cst.Subscript, cst.Attribute)):
                bases.setdefault(ctx.index.code(base), base)
    for code, base in bases.items():
        loaded = f"json.loads({code}) if isinstance({code}, str) else {code}"
        if isinstance(base, cst.Name):
            decode = f"{code} = {loaded}\n"
            at_source = _decode_at_source(ctx, code, decode, prior)
            before = _insert_before(ctx, decode, "decode JSON string", prior * 0.95)
            for edit in (at_source, before):
                if edit is not None:
                    edit.imports = ("json",)
                    yield edit
        else:
            new = _parse_expr(f"({loaded})")
            if new is not None:
                edit = _replace(ctx, base, new, "decode JSON string", prior * 0.9)
                edit.imports = ("json",)
                yield edit


def _decode_at_source(ctx: Ctx, name: str, decode: str, prior: float) -> Edit | None:
    """Decode right where the name gets its value, so every use before the site sees a
    mapping too (a membership test on the raw string would match substrings)."""
    source = _last_assignment(ctx, name)
    new = _parse_stmt(decode)
    if source is None or new is None:
        return None
    description = f"insert `{_show(decode)}` after `{_show(ctx.index.code(source))}`"
    replacement = cst.FlattenSentinel([source, new])
    return _make(ctx, "decode JSON string", prior, [(source, replacement)],
                 f"decode JSON string: {description}")  # fmt: skip


_MAPPING_TAKERS = frozenset({"update", "dict"})


def _mapping_use(node: cst.CSTNode) -> cst.BaseExpression | None:
    if isinstance(node, cst.Subscript):
        element = node.slice[0].slice if len(node.slice) == 1 else None
        if isinstance(element, cst.Index) and isinstance(element.value, cst.SimpleString):
            return node.value
    if (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value in {"get", "items", "keys", "values"}
    ):
        return node.func.value
    if isinstance(node, cst.Arg) and node.star == "**":
        return node.value
    if isinstance(node, cst.Call) and len(node.args) == 1 and callee_name(node) in _MAPPING_TAKERS:
        return node.args[0].value
    if isinstance(node, cst.Call) and callee_name(node) == "isinstance" and len(node.args) == 2:
        wanted = node.args[1].value
        names = [e.value for e in wanted.elements] if isinstance(wanted, cst.Tuple) else [wanted]
        if any(get_full_name_for_node(n) in _MAPPING_TYPES for n in names):
            return node.args[0].value  # the code insists on a mapping: ``isinstance(x, dict)``
    return None
