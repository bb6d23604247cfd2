"""Candidate edits at one site (a statement on a suspicious line), one generator per family of
real small bugs: operators, off-by-one, wrong variable/attribute/key, swapped operands, wrong or
missing condition, missing guard or exception handler, missing state update or call (by analogy
with sibling code), statement order, a missing keyword argument of a well-known API, a JSON
string where a mapping is used, and literals mined from the failure evidence.

Each edit carries a prior: how often that shape of fix is the right one (see repair-notes.md).
Priors are relative; the engine multiplies them by the line's suspiciousness.
"""

from __future__ import annotations

import builtins
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import libcst as cst

from selfpatch.patchers.repair._edits import Edit, Replacement
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    FileIndex,
    Function,
    Site,
    callee_name,
    descendants,
    locally_bound,
    read_state,
    value_names,
    written_state,
)

MAX_CHOICES = 12
KEYLIKE = re.compile(r"^[\w\-. :/]{1,48}$")
JSON_MESSAGES = (
    "string indices must be integers",
    "'str' object has no attribute",
    "must be a mapping, not str",
    "'str' object is not a mapping",
    "'str' object does not support item assignment",
)


@dataclass(slots=True)
class Ctx:
    index: FileIndex
    site: Site
    evidence: Evidence
    frame_lines: frozenset[int]
    error_names: list[str]

    @property
    def raised_here(self) -> bool:
        return bool(self.site.lines & self.frame_lines)


def site_edits(ctx: Ctx) -> Iterator[Edit]:
    """Every candidate edit at one site."""
    yield from _expression_edits(ctx)
    yield from _name_swaps(ctx)
    yield from _condition_edits(ctx)
    yield from _statement_order_edits(ctx)
    yield from _guard_edits(ctx)
    yield from _handler_edits(ctx)
    yield from _analogy_edits(ctx)
    yield from _json_edits(ctx)


# -- helpers -------------------------------------------------------------------------------------


def _show(code: str) -> str:
    flat = " ".join(code.split())
    return flat if len(flat) <= 72 else flat[:69] + "..."


def _make(
    ctx: Ctx,
    kind: str,
    prior: float,
    replacements: list[tuple[cst.CSTNode, Replacement]],
    description: str,
    *,
    imports: tuple[str, ...] = (),
    deletes: bool = False,
    weakens: bool = False,
) -> Edit:
    spans = [ctx.index.span(node) for node, _ in replacements]
    line = min(s[0] for s in spans)
    return Edit(
        path=ctx.index.path,
        line=line,
        kind=kind,
        description=f"{ctx.index.path}:{line}: {description}",
        prior=prior,
        replacements=replacements,
        spans=spans,
        imports=imports,
        deletes=deletes,
        weakens=weakens,
    )


def _replace(
    ctx: Ctx,
    node: cst.CSTNode,
    new: cst.CSTNode,
    kind: str,
    prior: float,
    *,
    deletes: bool = False,
    weakens: bool = False,
) -> Edit:
    old_code, new_code = _show(ctx.index.code(node)), _show(ctx.index.code(new))
    description = f"{kind}: `{old_code}` -> `{new_code}`"
    return _make(ctx, kind, prior, [(node, new)], description, deletes=deletes, weakens=weakens)


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _ranked(original: str, choices: set[str] | list[str], limit: int = MAX_CHOICES) -> list[str]:
    unique = [c for c in dict.fromkeys(choices) if c != original]
    unique.sort(key=lambda c: -_similarity(original, c))
    return unique[:limit]


def _parse_expr(code: str) -> cst.BaseExpression | None:
    try:
        return cst.parse_expression(code)
    except cst.ParserSyntaxError:
        return None


def _parse_stmt(code: str) -> cst.BaseStatement | None:
    try:
        return cst.parse_statement(code)
    except cst.ParserSyntaxError:
        return None


def _op(cls: type[Any], like: Any) -> Any:
    return cls(whitespace_before=like.whitespace_before, whitespace_after=like.whitespace_after)


def _plus_one(node: cst.BaseExpression, op: type[Any]) -> cst.BinaryOperation:
    left = node
    if isinstance(node, (cst.BooleanOperation, cst.Comparison, cst.IfExp, cst.Lambda)) or (
        isinstance(node, cst.BinaryOperation) and not isinstance(node.operator, _ARITH)
    ):
        left = node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return cst.BinaryOperation(
        left=left,
        operator=op(
            whitespace_before=cst.SimpleWhitespace(" "), whitespace_after=cst.SimpleWhitespace(" ")
        ),
        right=cst.Integer("1"),
    )


def _string_literal(like: cst.SimpleString, value: str) -> cst.SimpleString | None:
    quote = like.value[-1]
    if like.prefix or like.value.endswith(quote * 3) or "\n" in value:
        return None
    body = value.replace("\\", "\\\\").replace(quote, "\\" + quote)
    return cst.SimpleString(quote + body + quote)


def _parent(ctx: Ctx, node: cst.CSTNode) -> cst.CSTNode | None:
    return ctx.index.parents.get(node)


# -- operators, off-by-one, substitution -----------------------------------------------------------

_ARITH = (cst.Add, cst.Subtract, cst.Multiply, cst.Divide, cst.FloorDivide, cst.Modulo, cst.Power)
_ORDER = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)
_COMPARE_ALTS: dict[type[Any], list[tuple[type[Any], float]]] = {
    cst.LessThan: [(cst.LessThanEqual, 0.95), (cst.GreaterThan, 0.5), (cst.GreaterThanEqual, 0.4),
                   (cst.NotEqual, 0.3), (cst.Equal, 0.2)],
    cst.LessThanEqual: [(cst.LessThan, 0.95), (cst.GreaterThanEqual, 0.5), (cst.GreaterThan, 0.4),
                        (cst.Equal, 0.3)],
    cst.GreaterThan: [(cst.GreaterThanEqual, 0.95), (cst.LessThan, 0.5), (cst.LessThanEqual, 0.4),
                      (cst.NotEqual, 0.3), (cst.Equal, 0.2)],
    cst.GreaterThanEqual: [(cst.GreaterThan, 0.95), (cst.LessThanEqual, 0.5), (cst.LessThan, 0.4),
                           (cst.Equal, 0.3)],
    cst.Equal: [(cst.NotEqual, 0.8), (cst.LessThanEqual, 0.3), (cst.GreaterThanEqual, 0.3),
                (cst.In, 0.3)],
    cst.NotEqual: [(cst.Equal, 0.8), (cst.GreaterThan, 0.3), (cst.LessThan, 0.3),
                   (cst.NotIn, 0.3)],
    cst.Is: [(cst.IsNot, 0.8), (cst.Equal, 0.6)],
    cst.IsNot: [(cst.Is, 0.8), (cst.NotEqual, 0.6)],
    cst.In: [(cst.NotIn, 0.8), (cst.Equal, 0.3)],
    cst.NotIn: [(cst.In, 0.8), (cst.NotEqual, 0.3)],
}  # fmt: skip
_ARITH_ALTS: dict[type[Any], list[tuple[type[Any], float]]] = {
    cst.Add: [(cst.Subtract, 0.6), (cst.Multiply, 0.2)],
    cst.Subtract: [(cst.Add, 0.6)],
    cst.Multiply: [(cst.Divide, 0.4), (cst.FloorDivide, 0.3), (cst.Add, 0.2), (cst.Power, 0.2)],
    cst.Divide: [(cst.FloorDivide, 0.6), (cst.Multiply, 0.4), (cst.Modulo, 0.2)],
    cst.FloorDivide: [(cst.Divide, 0.6), (cst.Modulo, 0.4), (cst.Multiply, 0.2)],
    cst.Modulo: [(cst.FloorDivide, 0.4), (cst.Divide, 0.2)],
    cst.Power: [(cst.Multiply, 0.4)],
    cst.BitAnd: [(cst.BitOr, 0.4), (cst.BitXor, 0.3)],
    cst.BitOr: [(cst.BitAnd, 0.4), (cst.BitXor, 0.3)],
    cst.BitXor: [(cst.BitAnd, 0.4), (cst.BitOr, 0.4)],
    cst.LeftShift: [(cst.RightShift, 0.5)],
    cst.RightShift: [(cst.LeftShift, 0.5)],
}
_AUG_ALTS: dict[type[Any], list[tuple[type[Any], float]]] = {
    cst.AddAssign: [(cst.SubtractAssign, 0.6), (cst.MultiplyAssign, 0.2)],
    cst.SubtractAssign: [(cst.AddAssign, 0.6)],
    cst.MultiplyAssign: [(cst.AddAssign, 0.3), (cst.DivideAssign, 0.3)],
    cst.DivideAssign: [(cst.FloorDivideAssign, 0.5), (cst.MultiplyAssign, 0.3)],
    cst.FloorDivideAssign: [(cst.DivideAssign, 0.5)],
    cst.BitOrAssign: [(cst.BitAndAssign, 0.4), (cst.BitXorAssign, 0.3)],
    cst.BitAndAssign: [(cst.BitOrAssign, 0.4), (cst.BitXorAssign, 0.3)],
    cst.BitXorAssign: [(cst.BitAndAssign, 0.4), (cst.BitOrAssign, 0.4)],
    cst.LeftShiftAssign: [(cst.RightShiftAssign, 0.5)],
    cst.RightShiftAssign: [(cst.LeftShiftAssign, 0.5)],
}
_CALLEE_SWAPS: dict[str, list[tuple[str, float]]] = {
    "any": [("all", 0.7)], "all": [("any", 0.7)], "min": [("max", 0.7)], "max": [("min", 0.7)],
    "sorted": [("reversed", 0.3)], "reversed": [("sorted", 0.3)], "int": [("float", 0.3)],
    "float": [("int", 0.3)], "str": [("repr", 0.2)], "repr": [("str", 0.3)],
    "isinstance": [], "len": [("sum", 0.2)], "sum": [("len", 0.2)],
}  # fmt: skip
_METHOD_SWAPS: dict[str, list[str]] = {
    "append": ["extend", "add"], "extend": ["append", "update"], "add": ["append", "update"],
    "update": ["add", "extend"], "lower": ["upper", "casefold"], "upper": ["lower"],
    "strip": ["rstrip", "lstrip"], "lstrip": ["strip", "rstrip"], "rstrip": ["strip", "lstrip"],
    "startswith": ["endswith"], "endswith": ["startswith"], "keys": ["values", "items"],
    "values": ["keys", "items"], "items": ["values", "keys"], "find": ["rfind"],
    "rfind": ["find"], "index": ["rindex"], "rindex": ["index"], "split": ["rsplit"],
    "rsplit": ["split"], "remove": ["discard"], "discard": ["remove"], "get": ["pop"],
    "pop": ["get", "popleft"], "popleft": ["pop"], "appendleft": ["append"],
    "floor": ["ceil"], "ceil": ["floor"], "search": ["match", "fullmatch"],
    "match": ["search", "fullmatch"], "fullmatch": ["match"], "insert": [],
    "isdigit": ["isnumeric", "isalnum"], "isalpha": ["isalnum"], "title": ["capitalize"],
    "capitalize": ["title"], "replace": [], "format": [], "join": [],
}  # fmt: skip
_KEYWORDS: dict[str, list[tuple[str, str, float]]] = {
    "gather": [("return_exceptions", "True", 0.9)],
    "sorted": [("reverse", "True", 0.6)],
    "sort": [("reverse", "True", 0.6)],
    "dumps": [("default", "str", 0.5), ("sort_keys", "True", 0.4),
              ("ensure_ascii", "False", 0.4), ("indent", "2", 0.2)],
    "loads": [("strict", "False", 0.3)],
    "split": [("maxsplit", "1", 0.45)],
    "rsplit": [("maxsplit", "1", 0.45)],
    "open": [("encoding", '"utf-8"', 0.3)],
    "run": [("check", "True", 0.4), ("text", "True", 0.4), ("capture_output", "True", 0.3)],
    "check_output": [("text", "True", 0.4)],
    "enumerate": [("start", "1", 0.55)],
    "max": [("default", "None", 0.35), ("default", "0", 0.35)],
    "min": [("default", "None", 0.35), ("default", "0", 0.35)],
    "wait": [("return_when", "asyncio.FIRST_COMPLETED", 0.2)],
    "search": [("flags", "re.IGNORECASE", 0.3)],
    "match": [("flags", "re.IGNORECASE", 0.3)],
    "findall": [("flags", "re.IGNORECASE", 0.3)],
    "sub": [("flags", "re.IGNORECASE", 0.2)],
    "mkdir": [("parents", "True", 0.3), ("exist_ok", "True", 0.4)],
    "makedirs": [("exist_ok", "True", 0.4)],
    "get": [("timeout", "10", 0.1)],
}  # fmt: skip
_POSITIONAL_DEFAULTS: dict[str, tuple[int, list[tuple[str, float]]]] = {
    "get": (1, [("0", 0.4), ('""', 0.35), ("[]", 0.35), ("{}", 0.35)]),
    "pop": (1, [("None", 0.45)]),
    "getattr": (2, [("None", 0.45)]),
    "next": (1, [("None", 0.45)]),
    "round": (1, [("2", 0.35)]),
    "setdefault": (1, [("[]", 0.3), ("{}", 0.3)]),
}


def _expression_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            yield from _node_edits(ctx, node)


def _node_edits(ctx: Ctx, node: cst.CSTNode) -> Iterator[Edit]:
    if isinstance(node, cst.Comparison):
        yield from _comparison(ctx, node)
    elif isinstance(node, cst.BinaryOperation):
        yield from _binary(ctx, node)
    elif isinstance(node, cst.BooleanOperation):
        yield from _boolean(ctx, node)
    elif isinstance(node, cst.UnaryOperation):
        kind = "negation" if isinstance(node.operator, cst.Not) else "unary operator"
        yield _replace(ctx, node, node.expression, f"drop {kind}", 0.5)
    elif isinstance(node, cst.AugAssign):
        yield from _aug_assign(ctx, node)
    elif isinstance(node, cst.Assign):
        yield from _assign(ctx, node)
    elif isinstance(node, cst.Integer):
        yield from _integer(ctx, node)
    elif isinstance(node, cst.Name):
        yield from _name(ctx, node)
    elif isinstance(node, cst.Attribute):
        yield from _attribute(ctx, node)
    elif isinstance(node, cst.SimpleString):
        yield from _string_key(ctx, node)
    elif isinstance(node, cst.Subscript):
        yield from _subscript(ctx, node)
    elif isinstance(node, cst.Call):
        yield from _call(ctx, node)
    elif isinstance(node, (cst.List, cst.Tuple)):
        yield from _element_order(ctx, node)
    elif isinstance(node, cst.Break):
        yield _replace(ctx, node, cst.Continue(), "loop control", 0.4)
    elif isinstance(node, cst.Continue):
        yield _replace(ctx, node, cst.Break(), "loop control", 0.4)
    if _is_boundary(ctx, node) and not isinstance(node, (cst.Integer, cst.UnaryOperation)):
        assert isinstance(node, cst.BaseExpression)
        if not _is_plus_minus_one(node):
            yield _replace(ctx, node, _plus_one(node, cst.Add), "off-by-one", 0.8)
            yield _replace(ctx, node, _plus_one(node, cst.Subtract), "off-by-one", 0.75)


def _is_plus_minus_one(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.BinaryOperation)
        and isinstance(node.operator, (cst.Add, cst.Subtract))
        and isinstance(node.right, cst.Integer)
        and node.right.value == "1"
    )


def _is_boundary(ctx: Ctx, node: cst.CSTNode) -> bool:
    """An index, slice bound, range argument, or operand of an ordering comparison."""
    if not isinstance(node, cst.BaseExpression) or isinstance(node, cst.SimpleString):
        return False
    parent = _parent(ctx, node)
    if isinstance(parent, cst.Index) or (isinstance(parent, cst.Slice) and node is not parent.step):
        return True
    if isinstance(parent, cst.Arg) and parent.keyword is None:
        call = _parent(ctx, parent)
        return isinstance(call, cst.Call) and callee_name(call) in {"range", "islice", "insert"}
    if isinstance(parent, cst.ComparisonTarget):
        return isinstance(parent.operator, _ORDER)
    if isinstance(parent, cst.Comparison) and node is parent.left:
        return any(isinstance(t.operator, _ORDER) for t in parent.comparisons)
    return False


def _comparison(ctx: Ctx, node: cst.Comparison) -> Iterator[Edit]:
    for i, target in enumerate(node.comparisons):
        for alt, prior in _COMPARE_ALTS.get(type(target.operator), []):
            new_target = target.with_changes(operator=_op(alt, target.operator))
            targets = [*node.comparisons[:i], new_target, *node.comparisons[i + 1 :]]
            yield _replace(ctx, node, node.with_changes(comparisons=targets), "comparison", prior)


def _binary(ctx: Ctx, node: cst.BinaryOperation) -> Iterator[Edit]:
    for alt, prior in _ARITH_ALTS.get(type(node.operator), []):
        new = node.with_changes(operator=_op(alt, node.operator))
        yield _replace(ctx, node, new, "arithmetic operator", prior)
    if _is_plus_minus_one(node):
        yield _replace(ctx, node, node.left, "off-by-one", 0.85)
    elif isinstance(node.operator, (cst.Add, cst.Subtract)):
        yield _replace(ctx, node, node.left, "drop operand", 0.25, deletes=True)
        yield _replace(ctx, node, node.right, "drop operand", 0.2, deletes=True)
    if not isinstance(node.operator, (cst.Multiply, cst.BitAnd, cst.BitOr)):
        swapped = node.with_changes(left=node.right, right=node.left)
        yield _replace(ctx, node, swapped, "swap operands", 0.35)


def _boolean(ctx: Ctx, node: cst.BooleanOperation) -> Iterator[Edit]:
    flipped = cst.Or if isinstance(node.operator, cst.And) else cst.And
    new = node.with_changes(operator=_op(flipped, node.operator))
    yield _replace(ctx, node, new, "boolean operator", 0.7)
    loosens = isinstance(node.operator, cst.And)
    yield _replace(ctx, node, node.left, "drop clause", 0.3, weakens=loosens)
    yield _replace(ctx, node, node.right, "drop clause", 0.3, weakens=loosens)


def _aug_assign(ctx: Ctx, node: cst.AugAssign) -> Iterator[Edit]:
    for alt, prior in _AUG_ALTS.get(type(node.operator), []):
        new = node.with_changes(operator=_op(alt, node.operator))
        yield _replace(ctx, node, new, "assignment operator", prior)
    plain = cst.Assign(targets=[cst.AssignTarget(target=node.target)], value=node.value)
    yield _replace(ctx, node, plain, "assignment operator", 0.35)


def _assign(ctx: Ctx, node: cst.Assign) -> Iterator[Edit]:
    if len(node.targets) != 1 or not isinstance(node.targets[0].target, (cst.Name, cst.Attribute)):
        return
    aug = cst.AugAssign(target=node.targets[0].target, operator=cst.AddAssign(), value=node.value)
    yield _replace(ctx, node, aug, "assignment operator", 0.3)


def _integer(ctx: Ctx, node: cst.Integer) -> Iterator[Edit]:
    try:
        value = int(node.value, 0)
    except ValueError:
        return
    parent = _parent(ctx, node)
    negative = isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Minus)
    target = parent if negative and parent is not None else node
    boundary = _is_boundary(ctx, target)
    prior = 0.8 if boundary else 0.45
    in_plus_minus = isinstance(parent, cst.BinaryOperation) and isinstance(
        parent.operator, (cst.Add, cst.Subtract)
    )
    for new_value in (value + 1, value - 1):
        if new_value < 0 or (new_value == 0 and in_plus_minus):
            continue
        yield _replace(ctx, node, cst.Integer(str(new_value)), "off-by-one", prior)
    if negative and value == 1 and isinstance(_parent(ctx, target), cst.Index):
        yield _replace(ctx, target, cst.Integer("0"), "first/last index", 0.5)
    elif value == 0 and isinstance(parent, cst.Index):
        yield _replace(ctx, node, cst.parse_expression("-1"), "first/last index", 0.5)


def _name(ctx: Ctx, node: cst.Name) -> Iterator[Edit]:
    parent = _parent(ctx, node)
    if node.value in {"True", "False"}:
        flipped = "False" if node.value == "True" else "True"
        yield _replace(ctx, node, cst.Name(flipped), "flip constant", 0.5)
        return
    if node.value == "None" or not _is_value_position(node, parent):
        return
    if isinstance(parent, cst.Call) and node is parent.func:
        yield from _callee(ctx, node)
        return
    scope = set(ctx.index.module_names)
    if ctx.site.function is not None:
        scope |= set(ctx.site.function.params) | ctx.site.function.locals
    if node.value not in scope:
        return
    target = isinstance(parent, cst.AssignTarget | cst.AugAssign)
    for other in _ranked(node.value, scope - ctx.index.callables):
        prior = (0.3 if target else 0.5) * (0.6 + 0.4 * _similarity(node.value, other))
        yield _replace(ctx, node, node.with_changes(value=other), "wrong variable", prior)


def _is_value_position(node: cst.Name, parent: cst.CSTNode | None) -> bool:
    if isinstance(parent, cst.Attribute):
        return node is parent.value
    if isinstance(parent, cst.Arg):
        return node is parent.value
    return not isinstance(
        parent,
        (cst.FunctionDef, cst.ClassDef, cst.Param, cst.ImportAlias, cst.AsName, cst.Global,
         cst.Nonlocal, cst.Decorator, cst.CompFor),
    )  # fmt: skip


def _callee(ctx: Ctx, node: cst.Name) -> Iterator[Edit]:
    for other, prior in _CALLEE_SWAPS.get(node.value, []):
        yield _replace(ctx, node, node.with_changes(value=other), "wrong function", prior)
    if node.value in ctx.index.callables and node.value not in BUILTIN_NAMES:
        for other in _ranked(node.value, ctx.index.callables - BUILTIN_NAMES, 6):
            prior = 0.3 * _similarity(node.value, other)
            yield _replace(ctx, node, node.with_changes(value=other), "wrong function", prior)


def _attribute(ctx: Ctx, node: cst.Attribute) -> Iterator[Edit]:
    parent = _parent(ctx, node)
    attr = node.attr.value
    if isinstance(parent, cst.Call) and node is parent.func:
        for other in _METHOD_SWAPS.get(attr, []):
            new = node.with_changes(attr=cst.Name(other))
            yield _replace(ctx, node, new, "wrong method", 0.5)
    known = ctx.index.attrs_by_base.get(ctx.index.code(node.value), set())
    for other in _ranked(attr, known, 8):
        prior = 0.45 * (0.5 + 0.5 * _similarity(attr, other))
        yield _replace(ctx, node, node.with_changes(attr=cst.Name(other)), "wrong attribute", prior)


def _string_key(ctx: Ctx, node: cst.SimpleString) -> Iterator[Edit]:
    value = node.evaluated_value
    if not isinstance(value, str) or not KEYLIKE.match(value):
        return
    evidence = [s for s in ctx.evidence.strings if KEYLIKE.match(s)]
    keys = sorted(ctx.index.string_keys | {s for s in ctx.index.strings if KEYLIKE.match(s)})
    seen: set[str] = set()
    for choices, base in ((evidence, 0.55), (keys, 0.45)):
        for other in _ranked(value, choices, 10):
            new = _string_literal(node, other)
            if new is None or other in seen:
                continue
            seen.add(other)
            prior = base * (0.4 + 0.6 * _similarity(value, other))
            yield _replace(ctx, node, new, "wrong key or literal", prior)


def _subscript(ctx: Ctx, node: cst.Subscript) -> Iterator[Edit]:
    if len(node.slice) != 1:
        return
    element = node.slice[0].slice
    if isinstance(element, cst.Index) and not _is_store(ctx, node):
        key = ctx.index.code(element.value)
        new = _parse_expr(f"{ctx.index.code(node.value)}.get({key})")
        if new is not None and not isinstance(element.value, (cst.Integer, cst.UnaryOperation)):
            yield _replace(ctx, node, new, "lookup with default", 0.4)
    elif isinstance(element, cst.Slice):
        for bound in ("lower", "upper"):
            if getattr(element, bound) is not None:
                new_slice = element.with_changes(**{bound: None})
                new = node.with_changes(slice=[node.slice[0].with_changes(slice=new_slice)])
                yield _replace(ctx, node, new, "slice bound", 0.35)


def _is_store(ctx: Ctx, node: cst.CSTNode) -> bool:
    parent = _parent(ctx, node)
    return isinstance(parent, (cst.AssignTarget, cst.Del)) or (
        isinstance(parent, (cst.AugAssign, cst.AnnAssign)) and parent.target is node
    )


def _call(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    name = callee_name(node)
    yield from _keyword_edits(ctx, node, name)
    positional = [a for a in node.args if a.keyword is None and not a.star]
    for i in range(len(positional) - 1):
        for j in range(i + 1, min(len(positional), 4)):
            args = list(node.args)
            a, b = args.index(positional[i]), args.index(positional[j])
            args[a] = positional[i].with_changes(value=positional[j].value)
            args[b] = positional[j].with_changes(value=positional[i].value)
            yield _replace(ctx, node, node.with_changes(args=args), "swap arguments", 0.45)
    if len(node.args) == 1 and len(positional) == 1 and name not in {"print", "range"}:
        yield _replace(ctx, node, positional[0].value, "unwrap call", 0.25, weakens=True)
    if name == "pop" and not node.args:
        yield _replace(
            ctx, node, node.with_changes(args=[cst.Arg(cst.Integer("0"))]), "pop end", 0.45
        )
    elif name == "pop" and len(positional) == 1 and ctx.index.code(positional[0].value) == "0":
        yield _replace(ctx, node, node.with_changes(args=[]), "pop end", 0.45)
    function = ctx.site.function
    awaited = isinstance(_parent(ctx, node), cst.Await)
    if function and function.is_async and not awaited and name in ctx.index.async_functions:
        yield _replace(ctx, node, cst.Await(expression=node), "missing await", 0.75)


def _keyword_edits(ctx: Ctx, node: cst.Call, name: str) -> Iterator[Edit]:
    present = {a.keyword.value for a in node.args if a.keyword is not None}
    positional = [a for a in node.args if a.keyword is None]
    for keyword, value, prior in _KEYWORDS.get(name, []):
        if keyword not in present and not any(a.star for a in positional[1:]):
            yield _add_arg(ctx, node, f"{keyword}={value}", "missing keyword argument", prior)
    if name in _POSITIONAL_DEFAULTS:
        count, defaults = _POSITIONAL_DEFAULTS[name]
        if len(positional) == count and not present and not any(a.star for a in positional):
            for value, prior in defaults:
                yield _add_arg(ctx, node, value, "missing default argument", prior)
    for i, arg in enumerate(node.args):
        if arg.keyword is None:
            continue
        code = ctx.index.code(arg.value)
        if code in {"True", "False"}:
            flipped = "False" if code == "True" else "True"
            args = [*node.args[:i], arg.with_changes(value=cst.Name(flipped)), *node.args[i + 1 :]]
            yield _replace(ctx, node, node.with_changes(args=args), "flip keyword argument", 0.5)


def _add_arg(ctx: Ctx, node: cst.Call, code: str, kind: str, prior: float) -> Edit:
    text = ctx.index.code(node)
    new = _parse_expr(
        f"{text[:-1].rstrip().rstrip(',')}, {code})" if node.args else f"{text[:-1]}{code})"
    )
    if not isinstance(new, cst.Call):
        new = node
    return _replace(ctx, node, new, kind, prior)


def _element_order(ctx: Ctx, node: cst.List | cst.Tuple) -> Iterator[Edit]:
    elements = list(node.elements)
    if not elements and isinstance(node, cst.List) and ctx.site.function is not None:
        function = ctx.site.function
        for name in _ranked("", [*function.params, *sorted(function.locals)], 6):
            new = node.with_changes(elements=[cst.Element(cst.Name(name))])
            yield _replace(ctx, node, new, "data-structure constant", 0.3)
    for i in range(min(len(elements) - 1, 6)):
        swapped = list(elements)
        swapped[i] = elements[i].with_changes(value=elements[i + 1].value)
        swapped[i + 1] = elements[i + 1].with_changes(value=elements[i].value)
        prior = 0.4
        if all(_is_callable_name(ctx, e.value) for e in elements):
            prior = REGISTRATION_ORDER_PRIOR  # a pipeline of functions, applied in list order
        yield _replace(ctx, node, node.with_changes(elements=swapped), "element order", prior)


def _is_callable_name(ctx: Ctx, node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value in ctx.index.callables


def _name_swaps(ctx: Ctx) -> Iterator[Edit]:
    """Two variables swapped within one statement."""
    names: list[cst.Name] = []
    for root in ctx.site.roots:
        for name in value_names(root):
            parent = _parent(ctx, name)
            callee = isinstance(parent, cst.Call) and name is parent.func
            if not callee and name.value not in ctx.index.callables | BUILTIN_NAMES:
                names.append(name)
    names = names[:8]
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            if first.value == second.value:
                continue
            edit = _make(
                ctx,
                "swap variables",
                0.35,
                [(first, second.with_changes()), (second, first.with_changes())],
                f"swap variables: `{first.value}` <-> `{second.value}`",
            )
            yield edit


# -- conditions ---------------------------------------------------------------------------------


def _condition_edits(ctx: Ctx) -> Iterator[Edit]:
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
                yield _replace(ctx, test, negated, "negate condition", 0.5)
        for other in others:
            other_code = ctx.index.code(other)
            if other is test or other_code in code or code in other_code:
                continue
            new = _parse_expr(f"{_paren(test, code)} and {_paren(other, other_code)}")
            if new is not None:
                yield _replace(ctx, test, new, "strengthen condition", 0.3)
        for name in dict.fromkeys(n.value for n in value_names(test)):
            new = _parse_expr(f"{_paren(test, code)} or not {name}")
            if new is not None and name not in ctx.index.callables:
                yield _replace(ctx, test, new, "weaken condition", 0.3, weakens=True)
        if isinstance(ctx.site.node, cst.If) and test is ctx.site.node.test:
            yield _replace(ctx, test, cst.Name("True"), "drop condition", 0.12, deletes=True)


def _needs_parens(node: cst.BaseExpression) -> bool:
    return isinstance(node, (cst.BooleanOperation, cst.IfExp, cst.NamedExpr)) and not node.lpar


def _paren(node: cst.BaseExpression, code: str) -> str:
    return f"({code})" if _needs_parens(node) else code


# -- statements: order, guards, handlers, analogy -----------------------------------------------


def _statement_order_edits(ctx: Ctx) -> Iterator[Edit]:
    site, block = ctx.site, ctx.site.block
    if block is None or _is_docstring_or_import(site.node):
        return
    i = site.index
    stmt = block[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(block) and not _is_docstring_or_import(block[j]):
            a, b = (block[j], stmt) if j < i else (stmt, block[j])
            callee = _registration(ctx, a)
            registrations = bool(callee) and callee == _registration(ctx, b)
            yield _make(
                ctx,
                "statement order",
                REGISTRATION_ORDER_PRIOR if registrations else 0.45,
                [(a, b), (b, a)],
                f"swap statements `{_show(ctx.index.code(a))}` and `{_show(ctx.index.code(b))}`",
            )
    for j in (i - 2, i + 2, i - 3, i + 3):
        if 0 <= j < len(block) and not _is_docstring_or_import(block[j]):
            before: Replacement = cst.FlattenSentinel([stmt, block[j]])
            if j > i:
                before = cst.FlattenSentinel([block[j], stmt])
            yield _make(
                ctx,
                "move statement",
                0.25,
                [(block[j], before), (stmt, cst.RemovalSentinel.REMOVE)],
                f"move `{_show(ctx.index.code(stmt))}` {'up' if j < i else 'down'} {abs(j - i)}",
            )
    if len(block) > 1 and not isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
        yield _make(
            ctx,
            "delete statement",
            0.12,
            [(stmt, cst.RemovalSentinel.REMOVE)],
            f"delete `{_show(ctx.index.code(stmt))}`",
            deletes=True,
        )


REGISTRATION_ORDER_PRIOR = 0.85
"""Hooks, middleware, routes and handlers run in the order they were registered; a sequence of
calls to one registering function is rare and cheap to permute, and the order is a common bug."""


def _registration(ctx: Ctx, stmt: cst.CSTNode) -> str:
    """The callee of a statement that is a bare call with arguments (``app.use(auth)``), or ""."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return ""
    small = stmt.body[0]
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call) and small.value.args:
        return ctx.index.code(small.value.func)
    return ""


def _is_docstring_or_import(stmt: cst.CSTNode) -> bool:
    if not isinstance(stmt, cst.SimpleStatementLine):
        return False
    small = stmt.body[0]
    if isinstance(small, (cst.Import, cst.ImportFrom)):
        return True
    return isinstance(small, cst.Expr) and isinstance(small.value, cst.SimpleString)


def _fallbacks(ctx: Ctx) -> list[tuple[str, float]]:
    """Statements that give up on the current item in the way this code already does."""
    found: list[tuple[str, float]] = []
    if ctx.site.in_loop:
        found.append(("continue", 0.9))
    function = ctx.site.function
    if function is None:
        return found
    values = [r.value for r in function.returns if r.value is not None]
    for value in values:
        if _is_constant_like(value):
            found.append((f"return {ctx.index.code(value)}", 0.8))
    found.append(("return None" if values else "return", 0.6))
    return list(dict.fromkeys(found))[:5]


def _is_constant_like(node: cst.CSTNode) -> bool:
    if isinstance(node, (cst.Integer, cst.Float, cst.SimpleString, cst.FormattedString)):
        return True
    if isinstance(node, cst.Name):
        return node.value in {"None", "True", "False"}
    if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
        return all(_is_constant_like(e.value) for e in node.elements)
    if isinstance(node, cst.Dict):
        return all(
            isinstance(e, cst.DictElement) and _is_constant_like(e.key) for e in node.elements
        )
    if isinstance(node, cst.UnaryOperation):
        return _is_constant_like(node.expression)
    return False


def _insert_before(ctx: Ctx, code: str, kind: str, prior: float) -> Edit | None:
    new = _parse_stmt(code)
    if new is None or ctx.site.block is None:
        return None
    stmt = ctx.site.node
    assert isinstance(stmt, cst.BaseStatement)
    moved = stmt.with_changes(leading_lines=()) if hasattr(stmt, "leading_lines") else stmt
    lead = new.with_changes(leading_lines=getattr(stmt, "leading_lines", ()))
    return _make(
        ctx,
        kind,
        prior,
        [(stmt, cst.FlattenSentinel([lead, moved]))],
        f"{kind}: insert `{_show(code)}` before `{_show(ctx.index.code(stmt))}`",
    )


def _insert_after(ctx: Ctx, code: str, kind: str, prior: float) -> Edit | None:
    new = _parse_stmt(code)
    if new is None or ctx.site.block is None:
        return None
    stmt = ctx.site.node
    return _make(
        ctx,
        kind,
        prior,
        [(stmt, cst.FlattenSentinel([stmt, new]))],
        f"{kind}: insert `{_show(code)}` after `{_show(ctx.index.code(stmt))}`",
    )


def _guard_edits(ctx: Ctx) -> Iterator[Edit]:
    if ctx.site.block is None or ctx.site.function is None:
        return
    weight = 1.0 if ctx.raised_here else 0.35
    conditions: dict[str, float] = {}
    for root in ctx.site.roots:
        for node in descendants(root):
            for condition, prior in _guard_conditions(ctx, node):
                conditions.setdefault(condition, prior)
    fallbacks = _fallbacks(ctx)
    for condition, prior in list(conditions.items())[:6]:
        for fallback, fallback_prior in fallbacks:
            code = f"if {condition}:\n    {fallback}\n"
            edit = _insert_before(ctx, code, "guard", prior * fallback_prior * weight)
            if edit is not None:
                yield edit


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


def _handler_edits(ctx: Ctx) -> Iterator[Edit]:
    site = ctx.site
    if site.block is None or not ctx.raised_here or not ctx.error_names:
        return
    if isinstance(site.node, (cst.FunctionDef, cst.ClassDef, cst.Try)):
        return
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
        for handler in stmt.handlers:
            if handler.type is None:
                continue
            old = index.code(handler.type)
            for error, prior in [*[(n, 0.8) for n in error_names[:2]], ("Exception", 0.35)]:
                if error == old:
                    continue
                inner = (
                    old[1:-1]
                    if isinstance(handler.type, cst.Tuple) and old.startswith("(")
                    else old
                )
                new = _parse_expr(f"({inner}, {error})" if error != "Exception" else "Exception")
                if new is not None:
                    yield _replace(
                        ctx, handler.type, new, "widen exception handler", prior,
                        weakens=error == "Exception",
                    )  # fmt: skip


def _analogy_edits(ctx: Ctx) -> Iterator[Edit]:
    """Insert a state update or call that sibling code performs and this code lacks."""
    function, block = ctx.site.function, ctx.site.block
    if function is None or block is None or isinstance(ctx.site.node, (cst.FunctionDef,)):
        return
    present = {_normal(ctx.index.code(s)) for s in block}
    available = ctx.index.in_scope(function) | BUILTIN_NAMES | {"self", "cls"}
    candidates: dict[str, float] = {}
    tokens = set(function.name.strip("_").split("_"))
    on_path = _enclosing_statements(ctx)
    for sibling in [function, *ctx.index.siblings(function)]:
        related = bool(tokens & set(sibling.name.strip("_").split("_")))
        prior = 0.5 if sibling is function else (0.6 if related else 0.42)
        for update in sibling.updates:
            if any(update is s for s in on_path):
                continue  # already runs on the way here: repeating it is rarely the fix
            code = _adapt(ctx, update, sibling, function, available)
            if code is not None and _normal(code) not in present:
                boosted = _companion_prior(ctx, update, sibling, function, prior)
                candidates[code] = max(candidates.get(code, 0.0), boosted)
    terminal = _is_terminal(ctx.site.node)
    for code, prior in sorted(candidates.items(), key=lambda kv: -kv[1])[:24]:
        before = _insert_before(ctx, code + "\n", "missing statement", prior)
        if before is not None:
            yield before
        if not terminal:
            after = _insert_after(ctx, code + "\n", "missing statement", prior * 0.95)
            if after is not None:
                yield after


COMPANION_PRIOR = 0.75
FIELD_MATCH_BONUS = 0.1


def _companion_prior(
    ctx: Ctx, update: cst.SimpleStatementLine, sibling: Function, function: Function, prior: float
) -> float:
    """A forgotten companion update is the likeliest missing statement: the sibling changes some
    state this function changes too, and alongside it keeps another piece of state up to date
    (a total, a counter, an index) that this function never writes. It is likelier still when
    that state is named like an output field that came out wrong."""
    if sibling is function:
        return prior
    writes = written_state(update, ctx.index.code)
    if not writes:
        return prior
    own_writes = ctx.index.writes(function)
    if writes & own_writes:
        return prior
    related = ctx.index.writes(sibling) | read_state(update, ctx.index.code)
    shared = (related & own_writes) - writes
    roots = {_root(path) for path in shared}
    if not any(_root(w) in roots for w in writes):
        return prior  # the update keeps some other object's state: not a companion
    bonus = FIELD_MATCH_BONUS if any(ctx.evidence.names_field(w) for w in writes) else 0.0
    return max(prior, COMPANION_PRIOR + bonus)


def _root(path: str) -> str:
    return path.split(".", 1)[0].split("[", 1)[0]


def _enclosing_statements(ctx: Ctx) -> list[cst.CSTNode]:
    """Statements of the blocks that enclose the site (they run before or around it)."""
    found: list[cst.CSTNode] = []
    node: cst.CSTNode | None = ctx.site.node
    while node is not None and not isinstance(node, cst.FunctionDef):
        if isinstance(node, (cst.IndentedBlock, cst.Module)):
            found.extend(node.body)
        node = _parent(ctx, node)
    return found


def _normal(code: str) -> str:
    return " ".join(code.split())


def _is_terminal(stmt: cst.CSTNode) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and any(
        isinstance(s, (cst.Return, cst.Raise, cst.Continue, cst.Break)) for s in stmt.body
    )


def _adapt(
    ctx: Ctx,
    update: cst.SimpleStatementLine,
    sibling: Function,
    function: Function,
    available: set[str],
) -> str | None:
    """The update's code with the sibling's parameters renamed to this function's, if it fits."""
    rename: dict[str, str] = {}
    available = available | locally_bound(update)
    for name in value_names(update):
        if name.value in available:
            continue
        if name.value in sibling.params:
            position = sibling.params.index(name.value)
            if position < len(function.params):
                rename[name.value] = function.params[position]
                continue
        return None
    code = ctx.index.code(update.with_changes(leading_lines=())).strip()
    for old, new in rename.items():
        code = re.sub(rf"\b{re.escape(old)}\b", new, code)
    return code


def _json_edits(ctx: Ctx) -> Iterator[Edit]:
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
            edit = _insert_before(ctx, f"{code} = {loaded}\n", "decode JSON string", prior)
            if edit is not None:
                edit.imports = ("json",)
                yield edit
        else:
            new = _parse_expr(f"({loaded})")
            if new is not None:
                edit = _replace(ctx, base, new, "decode JSON string", prior * 0.9)
                edit.imports = ("json",)
                yield edit


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
    return None


# -- evidence ------------------------------------------------------------------------------------


def literal_edits(index: FileIndex, lines: frozenset[int], evidence: Evidence) -> Iterator[Edit]:
    """Rewrite a literal so the failing output becomes the expected one."""
    if not evidence.differences:
        return
    for site in index.sites:
        if not site.lines & lines:
            continue
        ctx = Ctx(index, site, evidence, frozenset(), [])
        for root in site.roots:
            for node in descendants(root):
                yield from _literal_fixes(ctx, node)


def _literal_fixes(ctx: Ctx, node: cst.CSTNode) -> Iterator[Edit]:
    for actual, expected in ctx.evidence.differences:
        if isinstance(actual, str) and isinstance(expected, str):
            if isinstance(node, cst.SimpleString) and isinstance(node.evaluated_value, str):
                for new_value in _derive(node.evaluated_value, actual, expected):
                    literal = _string_literal(node, new_value)
                    if literal is not None:
                        yield _replace(ctx, node, literal, "literal from expected output", 0.95)
            elif isinstance(node, cst.FormattedStringText) and "{" not in node.value:
                for new_value in _derive(node.value, actual, expected):
                    if "{" not in new_value and "}" not in new_value and "\n" not in new_value:
                        text = node.with_changes(value=new_value)
                        yield _replace(ctx, node, text, "literal from expected output", 0.95)
        elif _is_number_literal(node, actual) and isinstance(expected, (int, float)):
            number = str(expected) if isinstance(expected, int) else repr(expected)
            new = cst.Integer(number) if isinstance(expected, int) else cst.Float(number)
            yield _replace(ctx, node, new, "literal from expected output", 0.8)


def _is_number_literal(node: cst.CSTNode, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(node, (cst.Integer, cst.Float)) and node.evaluated_value == value


def _derive(literal: str, actual: str, expected: str) -> Iterator[str]:
    """Values the literal would need so that ``actual`` turns into ``expected``."""
    if not literal:
        return
    seen: set[str] = set()
    start = actual.find(literal)
    while start >= 0 and len(seen) < 4:
        prefix, suffix = actual[:start], actual[start + len(literal) :]
        fits = expected.startswith(prefix) and expected.endswith(suffix)
        if fits and len(expected) >= len(prefix) + len(suffix):
            new = expected[len(prefix) : len(expected) - len(suffix)]
            if new != literal and new not in seen:
                seen.add(new)
                yield new
        start = actual.find(literal, start + 1)


def resolve_error_names(index: FileIndex, error_types: Sequence[str]) -> list[str]:
    """Exception class names from the evidence that this file can name."""
    names: list[str] = []
    for error_type in error_types:
        short = error_type.rsplit(".", 1)[-1]
        builtin = isinstance(getattr(builtins, short, None), type)
        if (builtin or short in index.callables) and short not in names:
            names.append(short)
    return names
