"""Missing arithmetic: a term or factor left out of an expression, or a slice bound that should
count from the end. Candidates come from the code around the site, never from thin air:

- ``len(text) - head_chars`` -> ``len(text) - head_chars - tail_chars``: the missing term is a
  name in scope that shares a word with the operand beside it (head/tail, left/right, input/output
  parts of one whole);
- ``tokens + elapsed`` -> ``tokens + elapsed * self.rate``: the missing factor is an operand the
  same class or function already multiplies or divides by;
- ``text[tail:]`` -> ``text[-tail:]``: a bound that is a length, used as an offset from the start;
- ``via = best[total - coin]`` -> ``best[total - coin] + 1``: a dynamic-programming table read
  at an earlier cell and copied bare, where the step to this cell costs one;
- ``return (t - origin) // width * width`` -> ``origin + ...``: a value shifted to be rounded
  and returned without being shifted back;
- ``max(earliest[t] for t in order)`` -> ``earliest[t] + durations[t]``: a table the function
  elsewhere reads together with another at the same key (``earliest[p] + durations[p]``),
  read here alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _is_store,
    _parent,
    _parse_expr,
    _replace,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import (
    Function,
    all_nodes,
    body_nodes,
    bound_names,
    descendants,
    sole_assignment,
    sole_index,
)

TERM_PRIOR = 0.4
FACTOR_PRIOR = 0.3
FROM_END_PRIOR = 0.4
MAX_FACTORS = 4
_OPERANDS = (cst.Name, cst.Attribute)


def term_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    factors: list[str] | None = None
    for root in ctx.site.roots:
        for node in descendants(root):
            if isinstance(node, cst.BinaryOperation) and isinstance(
                node.operator, (cst.Add, cst.Subtract)
            ):
                yield from _missing_terms(ctx, node, function)
                if factors is None:
                    factors = ctx.index.memo(
                        ("factors", id(function)), lambda: _factors(ctx, function)
                    )
                yield from _missing_factors(ctx, node, factors)
            elif isinstance(node, cst.Slice):
                yield from _from_end(ctx, node)
            elif isinstance(node, cst.Call):
                yield from _code_point_base(ctx, node)
            elif isinstance(node, cst.Subscript):
                yield from _step_cost(ctx, node, function)
                yield from _paired_reads(ctx, node, function)
    yield from _bare_attribute_terms(ctx)
    yield from _sibling_return_terms(ctx, function)
    yield from _unshifted_return(ctx)


PAIRED_READ_PRIOR = 0.5
_SYMBOLS: dict[type[cst.BaseBinaryOp], str] = {cst.Add: "+", cst.Subtract: "-", cst.Multiply: "*"}


def _paired_reads(ctx: Ctx, node: cst.Subscript, function: Function) -> Iterator[Edit]:
    key = sole_index(node)
    parent = _parent(ctx, node)
    if key is None or isinstance(parent, cst.BinaryOperation) or _is_store(ctx, node):
        return
    pairs = ctx.index.memo(("paired reads", id(function)), lambda: _read_pairs(ctx, function))
    for operator, other in pairs.get(ctx.index.code(node.value), []):
        new = _parse_expr(f"{ctx.index.code(node)} {operator} {other}[{ctx.index.code(key)}]")
        if new is not None:
            yield _replace(ctx, node, new, "missing term", PAIRED_READ_PRIOR)


def _read_pairs(ctx: Ctx, function: Function) -> dict[str, list[tuple[str, str]]]:
    """``table -> [(operator, other table)]`` for each ``table[k] op other[k]`` of the
    function: two tables read at one key and combined."""
    found: dict[str, list[tuple[str, str]]] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.BinaryOperation) or type(node.operator) not in _SYMBOLS:
            continue
        left, right = node.left, node.right
        if not isinstance(left, cst.Subscript) or not isinstance(right, cst.Subscript):
            continue
        keys = sole_index(left), sole_index(right)
        if None in keys or len({ctx.index.code(k) for k in keys if k is not None}) != 1:
            continue
        table, other = ctx.index.code(left.value), ctx.index.code(right.value)
        symbol = _SYMBOLS[type(node.operator)]
        if table != other and (symbol, other) not in found.get(table, []):
            found.setdefault(table, []).append((symbol, other))
    return found


UNSHIFT_PRIOR = 0.4


def _unshifted_return(ctx: Ctx) -> Iterator[Edit]:
    """``return (timestamp - origin) // width * width``: the value was moved into a frame that
    starts at ``origin`` to be rounded there, and is handed out without being moved back:
    ``origin + (timestamp - origin) // width * width``."""
    stmt = ctx.site.node
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
    value = small.value if isinstance(small, cst.Return) else None
    if not isinstance(value, cst.BinaryOperation) or not isinstance(
        value.operator, (cst.Multiply, cst.FloorDivide)
    ):
        return
    for node in descendants(value):
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.Subtract):
            continue
        if not isinstance(node.right, _OPERANDS):
            continue
        offset = ctx.index.code(node.right)
        new = _parse_expr(f"{offset} + {ctx.index.code(value)}")
        if new is not None:
            yield _replace(ctx, value, new, "missing arithmetic", UNSHIFT_PRIOR)


STEP_COST_PRIOR = 0.45


def _step_cost(ctx: Ctx, node: cst.Subscript, function: Function) -> Iterator[Edit]:
    """``via = best[total - coin]`` -> ``best[total - coin] + 1`` where the function fills
    ``best`` cell by cell: the earlier cell's value is copied without the cost of the step."""
    table = node.value
    while isinstance(table, cst.Subscript):  # ``dp[i - 1][j - 1]``
        table = table.value
    if not isinstance(table, cst.Name) or not _offset_index(node):
        return
    parent = _parent(ctx, node)
    if not isinstance(parent, (cst.Assign, cst.Return)) or parent.value is not node:
        return  # min/max candidates are _ops's; inside a larger expression, not a bare copy
    tables = ctx.index.memo(("filled tables", id(function)), lambda: _filled_tables(function))
    if table.value in tables:
        new = _parse_expr(f"{ctx.index.code(node)} + 1")
        if new is not None:
            yield _replace(ctx, node, new, "missing step cost", STEP_COST_PRIOR)


def _offset_index(node: cst.Subscript) -> bool:
    """Whether some index of ``t[i - k]`` / ``t[i - 1][j - 1]`` is an offset, not a plain name."""
    current: cst.BaseExpression = node
    while isinstance(current, cst.Subscript):
        element = current.slice[0].slice if len(current.slice) == 1 else None
        if isinstance(element, cst.Index) and isinstance(element.value, cst.BinaryOperation):
            return True
        current = current.value
    return False


def _filled_tables(function: Function) -> frozenset[str]:
    """Names the function assigns cells of inside a loop (``best[total] = ...``)."""
    found: set[str] = set()
    for loop in body_nodes(function.node.body):
        if not isinstance(loop, (cst.For, cst.While)):
            continue
        for node in body_nodes(loop.body):
            if isinstance(node, cst.Assign):
                for target in node.targets:
                    base: cst.BaseExpression = target.target
                    while isinstance(base, cst.Subscript):
                        base = base.value
                    if isinstance(base, cst.Name) and base is not target.target:
                        found.add(base.value)
    return frozenset(found)


CODE_POINT_PRIOR = 0.55
_DEFAULT_BASES = ('"a"', '"0"')


def _code_point_base(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    """``ord(letter)`` used as a letter's position lacks the ``- ord("a")`` that the rest of
    the file (or the usual alphabets) measure code points from."""
    if ctx.index.code(node.func) != "ord" or len(node.args) != 1:
        return
    if isinstance(node.args[0].value, cst.SimpleString):
        return
    parent = _parent(ctx, node)
    if isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, cst.Subtract):
        return
    bases = ctx.index.memo(("ord bases",), lambda: _ord_bases(ctx))
    for base in bases or _DEFAULT_BASES:
        new = _parse_expr(f"{ctx.index.code(node)} - ord({base})")
        if new is not None:
            yield _replace(ctx, node, new, "missing term", CODE_POINT_PRIOR)


def _ord_bases(ctx: Ctx) -> list[str]:
    found = [
        ctx.index.code(n.args[0].value)
        for n in all_nodes(ctx.index.module)
        if isinstance(n, cst.Call)
        and ctx.index.code(n.func) == "ord"
        and len(n.args) == 1
        and isinstance(n.args[0].value, cst.SimpleString)
    ]
    return list(dict.fromkeys(found))


SIBLING_TERM_PRIOR = 0.55


def _sibling_return_terms(ctx: Ctx, function: Function) -> Iterator[Edit]:
    """``return str(whole) + "." + fraction`` beside ``return sign + str(whole)``: an end term
    that another return of the function adds (a sign, a prefix, a unit) is missing here."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Return) or not isinstance(small.value, cst.BinaryOperation):
        return
    value = small.value
    if not isinstance(value.operator, cst.Add):
        return
    own = {ctx.index.code(n) for n in descendants(value)}
    for other in function.returns:
        if other is small:
            continue
        for end, code in _end_terms(ctx, other.value):
            if code in own:
                continue
            body = ctx.index.code(value)
            new = _parse_expr(f"{code} + {body}" if end == "head" else f"{body} + {code}")
            if new is not None:
                yield _replace(ctx, value, new, "missing term", SIBLING_TERM_PRIOR)


def _end_terms(ctx: Ctx, value: cst.BaseExpression | None) -> list[tuple[str, str]]:
    """The first and last operands of a ``+`` chain, when they are plain names or attributes."""
    if not isinstance(value, cst.BinaryOperation) or not isinstance(value.operator, cst.Add):
        return []
    head: cst.BaseExpression = value
    while isinstance(head, cst.BinaryOperation) and isinstance(head.operator, cst.Add):
        head = head.left
    ends = [("head", head), ("tail", value.right)]
    return [(end, ctx.index.code(node)) for end, node in ends if isinstance(node, _OPERANDS)]


def _bare_attribute_terms(ctx: Ctx) -> Iterator[Edit]:
    """``uncached = usage.input_tokens`` -> ``usage.input_tokens - usage.cached_tokens``: a
    quantity read whole where a part of it was meant; the other term is a sibling attribute of
    the same object that shares a word with it."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine):
        return
    for small in stmt.body:
        value = small.value if isinstance(small, (cst.Assign, cst.Return)) else None
        if not isinstance(value, cst.Attribute):
            continue
        base, attr = ctx.index.code(value.value), value.attr.value
        words = name_words(attr)
        remainder = isinstance(small, cst.Assign) and _names_a_remainder(small)
        others = set(ctx.index.attrs_by_base.get(base, set()))
        if remainder:  # the fields of the class that declares the whole too
            for fields in ctx.index.class_fields().values():
                others |= fields if attr in fields else set()
        for other in sorted(others - {attr}):
            if remainder:
                edit = structural_edit(
                    ctx,
                    value,
                    f"{base}.{attr} - {base}.{other}",
                    "missing term",
                    REMAINDER_TERM_PRIOR,
                )
                if edit is not None:
                    yield edit
            elif name_words(other) & words:
                for symbol in ("-", "+"):
                    new = _parse_expr(f"{base}.{attr} {symbol} {base}.{other}")
                    if new is not None:
                        yield _replace(ctx, value, new, "missing term", TERM_PRIOR)


REMAINDER_TERM_PRIOR = 0.5
_REMAINDER_WORDS = frozenset({"outstanding", "remaining", "remainder", "balance", "unpaid",
                              "left", "rest", "available", "spare", "unused", "net"})  # fmt: skip


def _names_a_remainder(assign: cst.Assign) -> bool:
    """``outstanding = invoice.total``: the bound name says what is left of the whole, so the
    bare whole leaves out the part already taken."""
    targets = [t.target for t in assign.targets]
    return any(isinstance(t, cst.Name) and name_words(t.value) & _REMAINDER_WORDS for t in targets)


def _missing_terms(ctx: Ctx, node: cst.BinaryOperation, function: Function) -> Iterator[Edit]:
    if not isinstance(node.right, cst.Name):
        return
    operand = node.right.value
    words = name_words(operand)
    if not words:
        return
    mentioned = {n.value for n in descendants(node) if isinstance(n, cst.Name)}
    mentioned |= {n.value for n in bound_names_of(ctx.site.node)}
    names = sorted((function.locals | set(function.params)) - mentioned)
    symbol = "+" if isinstance(node.operator, cst.Add) else "-"
    partners = ctx.index.memo(("sum partners", id(function)), lambda: _sum_partners(function))
    for name in names:
        summed = name in partners.get(operand, ())
        if summed or name_words(name) & words:
            new = _parse_expr(f"{ctx.index.code(node)} {symbol} {name}")
            if new is not None:
                prior = SUMMED_TERM_PRIOR if summed else TERM_PRIOR
                yield _replace(ctx, node, new, "missing term", prior)


SUMMED_TERM_PRIOR = 0.55
"""``if len(lines) <= head + tail`` and then ``omitted = len(lines) - head``: the parts the
function adds up elsewhere are the parts subtracted here."""


def _sum_partners(function: Function) -> dict[str, set[str]]:
    """For each name, the names it is added to somewhere in the function (``head + tail``)."""
    found: dict[str, set[str]] = {}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
            names = [n.value for n in (node.left, node.right) if isinstance(n, cst.Name)]
            if len(names) == 2 and names[0] != names[1]:
                found.setdefault(names[0], set()).add(names[1])
                found.setdefault(names[1], set()).add(names[0])
    return found


def bound_names_of(stmt: cst.CSTNode) -> list[cst.Name]:
    """The names an assignment statement binds (a term cannot use them yet)."""
    if not isinstance(stmt, cst.SimpleStatementLine):
        return []
    found: list[cst.Name] = []
    for small in stmt.body:
        targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else []
        for target in targets:
            found += bound_names(target)
    return found


def _factors(ctx: Ctx, function: Function) -> list[str]:
    """Operands the function (or its class) multiplies or divides by."""
    scopes = [function, *ctx.index.siblings(function)] if function.cls else [function]
    found: dict[str, None] = {}
    for scope in scopes:
        for node in body_nodes(scope.node.body):
            if isinstance(node, cst.BinaryOperation) and isinstance(
                node.operator, (cst.Multiply, cst.Divide)
            ):
                for operand in (node.left, node.right):
                    code = ctx.index.code(operand)
                    if isinstance(operand, _OPERANDS) and (scope is function or "self." in code):
                        found.setdefault(code)
    return list(found)[:MAX_FACTORS]


def _missing_factors(ctx: Ctx, node: cst.BinaryOperation, factors: list[str]) -> Iterator[Edit]:
    for operand in (node.left, node.right):
        if not isinstance(operand, _OPERANDS):
            continue
        code = ctx.index.code(operand)
        for factor in factors:
            if factor == code:
                continue
            for symbol in ("*", "/"):
                new = _parse_expr(f"{code} {symbol} {factor}")
                if new is not None:
                    yield _replace(ctx, operand, new, "missing factor", FACTOR_PRIOR)


def _from_end(ctx: Ctx, node: cst.Slice) -> Iterator[Edit]:
    for bound in (node.lower, node.upper):
        if isinstance(bound, _OPERANDS) and not isinstance(_parent(ctx, bound), cst.UnaryOperation):
            negative = cst.UnaryOperation(operator=cst.Minus(), expression=bound)
            yield _replace(ctx, bound, negative, "slice bound from the end", FROM_END_PRIOR)


NEIGHBOUR_OFFSET_PRIOR = 0.55


def neighbour_offset_edits(ctx: Ctx) -> Iterator[Edit]:
    """``start = positions[at]`` beside ``end = chunk.start + positions[at + n] + 1``: the
    neighbour shifts the same kind of value by an offset this one leaves out."""
    value, block = _assigned(ctx.site.node), ctx.site.block
    if value is None or block is None or isinstance(value, cst.BinaryOperation):
        return
    seen: set[str] = set()
    for i in (ctx.site.index - 1, ctx.site.index + 1):
        other = _assigned(block[i]) if 0 <= i < len(block) else None
        terms = _added_terms(other) if other is not None else []
        if not any(_same_kind(ctx, term, value) for term in terms):
            continue
        for term in terms:
            code = ctx.index.code(term)
            if _same_kind(ctx, term, value) or isinstance(term, cst.Integer) or code in seen:
                continue
            seen.add(code)
            edit = structural_edit(
                ctx,
                value,
                f"{code} + {ctx.index.code(value)}",
                "missing term",
                NEIGHBOUR_OFFSET_PRIOR,
            )
            if edit is not None:
                yield edit


def _assigned(stmt: cst.CSTNode) -> cst.BaseExpression | None:
    assignment = sole_assignment(stmt)
    if isinstance(assignment, cst.Assign) and len(assignment.targets) == 1:
        return assignment.value
    return None


def _added_terms(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return [*_added_terms(node.left), *_added_terms(node.right)]
    return [node]


def _same_kind(ctx: Ctx, a: cst.BaseExpression, b: cst.BaseExpression) -> bool:
    """Both read the same table (``positions[i]``, ``positions[j]``)."""
    if isinstance(a, cst.Subscript) and isinstance(b, cst.Subscript):
        return ctx.index.code(a.value) == ctx.index.code(b.value)
    return False
