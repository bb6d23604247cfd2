"""Shared pieces of the edit families: the site context, edit construction, parsing and
small syntactic predicates."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeGuard, TypeVar

import libcst as cst

from selfpatch.patchers.repair._edits import Edit, Replacement
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import (
    FileIndex,
    Function,
    Site,
    body_nodes,
    bound_names,
    callee_name,
    sole_assignment,
    value_names,
)

MAX_CHOICES = 12


KEYLIKE = re.compile(r"^[\w\-. :/]{1,48}$")


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


def _in_sort_routine(ctx: Ctx) -> bool:
    """Whether the site is in a function whose name says it sorts (``radix_sort``,
    ``quicksort``): there ``sorted(...)`` would replace the algorithm under repair, not fix
    it, and passes the tests all the same."""
    function = ctx.site.function
    words = re.split(r"[^a-z]+", function.name.lower()) if function is not None else []
    return any(w.endswith("sort") for w in words)


def sorted_copy_exists(ctx: Ctx, node: cst.CSTNode) -> bool:
    """Whether the function already binds a sorted copy of a name the value reads
    (``ordered = sorted(received, key=...)`` for ``part.text for part in received``): the copy
    is what was meant, not a second sort in another order."""
    sources = _sorted_bindings(ctx)[1]
    return any(n.value in sources for n in value_names(node))


def bound_to_sorted(ctx: Ctx, name: str) -> bool:
    """Whether the function binds ``name`` to a sorted copy (``order = sorted(...)``)."""
    return name in _sorted_bindings(ctx)[0]


def _sorted_bindings(ctx: Ctx) -> tuple[frozenset[str], frozenset[str]]:
    """The names bound to a ``sorted(...)`` in the site's function, and the names it sorts."""
    function = ctx.site.function
    if function is None:
        return frozenset(), frozenset()
    return ctx.index.memo(("sorted copies", id(function)), lambda: _sorted_of(ctx, function))


def _sorted_of(ctx: Ctx, function: Function) -> tuple[frozenset[str], frozenset[str]]:
    targets: set[str] = set()
    sources: set[str] = set()
    for node in body_nodes(function.node.body):
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Call):
            call = node.value
            if ctx.index.code(call.func) == "sorted" and call.args:
                sources |= {n.value for n in value_names(call.args[0].value)}
                targets |= {ctx.index.code(t.target) for t in node.targets}
    return frozenset(targets), frozenset(sources)


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
    if isinstance(new, cst.BaseExpression) and _binds_looser(new, node, _parent(ctx, node)):
        new = _parenthesized(new)
    old_code, new_code = _show(ctx.index.code(node)), _show(ctx.index.code(new))
    description = f"{kind}: `{old_code}` -> `{new_code}`"
    edit = _make(ctx, kind, prior, [(node, new)], description, deletes=deletes, weakens=weakens)
    full_new, full_old = ctx.index.code(new), ctx.index.code(node)
    edit.familiar = len(full_new) > 2 and ctx.index.mentions(full_new, full_old)
    edit.breaks_idiom = not _names_value(ctx, node) and _breaks_idiom(
        ctx.index.source, full_old, full_new
    )
    return edit


def _names_value(ctx: Ctx, node: cst.CSTNode) -> bool:
    """``degrees = len(weights)``: the whole value bound to a name defines a quantity of its
    own, so changing it is no break with the other copies of ``len(weights)``."""
    parent = _parent(ctx, node)
    return (
        isinstance(parent, cst.Assign)
        and parent.value is node
        and all(isinstance(t.target, cst.Name) for t in parent.targets)
    )


def structural_edit(ctx: Ctx, node: cst.CSTNode, code: str, kind: str, prior: float) -> Edit | None:
    """``node`` replaced by the expression ``code``, as a repair the code's own shape calls
    for; None when ``code`` does not parse."""
    new = _parse_expr(code)
    if new is None:
        return None
    edit = _replace(ctx, node, new, kind, prior)
    edit.structural = True
    return edit


IDIOM_COPIES = 3


def _breaks_idiom(source: str, old: str, new: str) -> bool:
    """Whether ``old`` is an expression (not a bare name or number) the file spells alike at
    least three times, and ``new`` appears nowhere but inside those copies."""
    if len(old) < 5 or old.isidentifier() or "\n" in old:
        return False
    copies = source.count(old)
    if copies < IDIOM_COPIES:
        return False
    return not new or source.count(new) <= copies * old.count(new)


_BINARY_PRECEDENCE: dict[type[Any], int] = {
    cst.Power: 7, cst.Multiply: 5, cst.Divide: 5, cst.FloorDivide: 5, cst.Modulo: 5,
    cst.MatrixMultiply: 5, cst.Add: 4, cst.Subtract: 4, cst.LeftShift: 3, cst.RightShift: 3,
    cst.BitAnd: 2, cst.BitXor: 1, cst.BitOr: 0,
}  # fmt: skip
_ATOM = 9


def _precedence(node: cst.CSTNode) -> int:
    if isinstance(node, cst.BaseExpression) and node.lpar:
        return _ATOM
    if isinstance(node, cst.BinaryOperation):
        return _BINARY_PRECEDENCE.get(type(node.operator), 0)
    if isinstance(node, cst.UnaryOperation):
        return -2 if isinstance(node.operator, cst.Not) else 6
    if isinstance(node, cst.Await):
        return 8
    if isinstance(node, cst.Comparison):
        return -1
    if isinstance(node, cst.BooleanOperation):
        return -3 if isinstance(node.operator, cst.And) else -4
    if isinstance(node, (cst.IfExp, cst.Lambda, cst.NamedExpr)):
        return -5
    return _ATOM


def _binds_looser(new: cst.BaseExpression, old: cst.CSTNode, parent: cst.CSTNode | None) -> bool:
    """Whether ``new``, put where ``old`` is, needs parentheses to stay one operand."""
    mine = _precedence(new)
    if mine == _ATOM:
        return False
    if _same_boolean(new, parent):
        return False  # `a or (b or c)` is `a or b or c`
    if isinstance(parent, (cst.BinaryOperation, cst.BooleanOperation)):
        theirs = _precedence(parent.with_changes(lpar=[], rpar=[]))
        right_assoc = isinstance(parent.operator, cst.Power)
        inner_side = parent.left if right_assoc else parent.right
        return mine < theirs or (mine == theirs and old is inner_side)
    if isinstance(parent, cst.UnaryOperation):
        return mine < _precedence(parent.with_changes(lpar=[], rpar=[]))
    if isinstance(parent, cst.Await):
        return mine < 8
    if isinstance(parent, (cst.StarredElement, cst.StarredDictElement)):
        return mine < 0
    if isinstance(parent, (cst.Attribute, cst.Subscript)):
        return old is parent.value
    if isinstance(parent, cst.Call):
        return old is parent.func
    if isinstance(parent, (cst.Comparison, cst.ComparisonTarget)):
        return mine <= -1
    return False


def _same_boolean(new: cst.BaseExpression, parent: cst.CSTNode | None) -> bool:
    return (
        isinstance(parent, cst.BooleanOperation)
        and isinstance(new, cst.BooleanOperation)
        and type(new.operator) is type(parent.operator)
    )


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _ranked(original: str, choices: set[str] | list[str], limit: int = MAX_CHOICES) -> list[str]:
    unique = [c for c in dict.fromkeys(choices) if c != original]
    unique.sort(key=lambda c: (-_similarity(original, c), c))
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
    space = cst.SimpleWhitespace(" ")
    new = cst.BinaryOperation(
        left=node,
        operator=op(whitespace_before=space, whitespace_after=space),
        right=cst.Integer("1"),
    )
    return new.with_changes(left=_parenthesized(node)) if _binds_looser(node, node, new) else new


def _parenthesized(node: cst.BaseExpression) -> cst.BaseExpression:
    return node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


def _string_literal(like: cst.SimpleString, value: str) -> cst.SimpleString | None:
    quote = like.value[-1]
    if like.prefix or like.value.endswith(quote * 3) or not value.isprintable():
        return None
    body = value.replace("\\", "\\\\").replace(quote, "\\" + quote)
    return cst.SimpleString(quote + body + quote)


def _parent(ctx: Ctx, node: cst.CSTNode) -> cst.CSTNode | None:
    return ctx.index.parents.get(node)


def owning_loop(ctx: Ctx, stmt: cst.CSTNode) -> cst.For | cst.While | None:
    """The loop whose body holds ``stmt`` directly."""
    block = _parent(ctx, stmt)
    loop = _parent(ctx, block) if isinstance(block, cst.IndentedBlock) else None
    return loop if isinstance(loop, (cst.For, cst.While)) else None


def sole_guard(ctx: Ctx, stmt: cst.CSTNode) -> cst.If | None:
    """The ``if`` whose whole body is ``stmt`` (``if bucket: groups.append(bucket)``)."""
    block = _parent(ctx, stmt)
    guard = _parent(ctx, block) if isinstance(block, cst.IndentedBlock) else None
    sole = isinstance(block, cst.IndentedBlock) and len(block.body) == 1
    return guard if sole and isinstance(guard, cst.If) and guard.orelse is None else None


def _is_self_attr(node: cst.CSTNode) -> TypeGuard[cst.Attribute]:
    """``self.x``."""
    return (
        isinstance(node, cst.Attribute)
        and isinstance(node.value, cst.Name)
        and node.value.value == "self"
    )


_ORDER = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)


def _is_plus_minus_one(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.BinaryOperation)
        and isinstance(node.operator, (cst.Add, cst.Subtract))
        and isinstance(node.right, cst.Integer)
        and node.right.value == "1"
    )


def _is_boundary(ctx: Ctx, node: cst.CSTNode) -> bool:
    """An index, slice bound, range argument, repeat count (``[0] * n``), or operand of an
    ordering comparison; or what a ``max``/``min`` clamps to be one (``xs[max(0, i - k):]``)."""
    if not isinstance(node, cst.BaseExpression) or isinstance(node, cst.SimpleString):
        return False
    parent = _parent(ctx, node)
    if isinstance(parent, cst.Index):
        return not _is_type_subscript(ctx, parent)
    if isinstance(parent, cst.Slice) and node is not parent.step:
        return True
    if isinstance(parent, cst.Arg) and parent.keyword is None:
        call = _parent(ctx, parent)
        if isinstance(call, cst.Call) and callee_name(call) in {"max", "min"}:
            return _is_boundary(ctx, call)
        return isinstance(call, cst.Call) and callee_name(call) in {"range", "islice", "insert"}
    if isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, cst.Multiply):
        other = parent.right if node is parent.left else parent.left
        return isinstance(other, (cst.List, cst.Tuple, cst.SimpleString))  # a repeat count
    if isinstance(parent, cst.ComparisonTarget):
        return isinstance(parent.operator, _ORDER)
    if isinstance(parent, cst.Comparison) and node is parent.left:
        return any(isinstance(t.operator, _ORDER) for t in parent.comparisons)
    return False


GENERIC_TYPES = frozenset({"list", "dict", "tuple", "set", "frozenset", "type"})
CAMEL = re.compile(r"^[A-Z][a-z]")


def _is_type_subscript(ctx: Ctx, index: cst.Index) -> bool:
    """Whether ``index`` is a type argument (``dict[str, Any]``, ``Callable[[str], int]``): a
    type alias at module level runs, but no off-by-one lives in it."""
    subscript = ctx.index.parents.get(ctx.index.parents.get(index, index))
    if not isinstance(subscript, cst.Subscript):
        return False
    value = subscript.value
    name = value.attr.value if isinstance(value, cst.Attribute) else getattr(value, "value", "")
    return isinstance(name, str) and (name in GENERIC_TYPES or bool(CAMEL.match(name)))


def _is_store(ctx: Ctx, node: cst.CSTNode) -> bool:
    parent = _parent(ctx, node)
    return isinstance(parent, (cst.AssignTarget, cst.Del)) or (
        isinstance(parent, (cst.AugAssign, cst.AnnAssign)) and parent.target is node
    )


def _needs_parens(
    node: cst.BaseExpression, joined_by: type[cst.BaseBooleanOp] | None = None
) -> bool:
    if isinstance(node, cst.BooleanOperation) and joined_by is not None and not node.lpar:
        return not isinstance(node.operator, joined_by)  # ``a and b`` joined by ``and``: a chain
    return isinstance(node, (cst.BooleanOperation, cst.IfExp, cst.NamedExpr)) and not node.lpar


def _paren(
    node: cst.BaseExpression, code: str, joined_by: type[cst.BaseBooleanOp] | None = None
) -> str:
    """The code of ``node`` as an operand: parenthesized unless it binds tighter, or it is a
    chain of the very operator ``joined_by`` that will join it to another operand."""
    return f"({code})" if _needs_parens(node, joined_by) else code


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
    declared = function.node.returns
    annotation = ctx.index.code(declared.annotation) if declared is not None else ""
    empty = _empty_of(annotation)
    if empty is not None:
        found.append((f"return {empty}", 0.75))
    takes_none = not annotation or "None" in annotation or "Optional" in annotation
    found.append(("return None" if values else "return", 0.6 if takes_none else 0.3))
    return list(dict.fromkeys(found))[:5]


_EMPTY_VALUES = {
    "float": "0.0", "int": "0", "str": '""', "bool": "False", "bytes": 'b""',
    "list": "[]", "dict": "{}", "set": "set()", "tuple": "()",
    "List": "[]", "Dict": "{}", "Set": "set()", "Tuple": "()",
    "Sequence": "[]", "Mapping": "{}", "Iterable": "[]",
}  # fmt: skip


def _empty_of(annotation: str) -> str | None:
    """The empty value of a declared return type (``float`` -> ``0.0``, ``list[str]`` -> ``[]``):
    the neutral answer a guard gives back for missing input when the type rules out None."""
    if "None" in annotation or "Optional" in annotation or "|" in annotation:
        return None
    return _EMPTY_VALUES.get(_outer_type(annotation))


def _outer_type(annotation: str) -> str:
    """``typing.Dict[str, int]`` -> ``Dict``, ``"list[str]"`` -> ``list``."""
    return annotation.split("[", 1)[0].rsplit(".", 1)[-1].strip("'\"")


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


def _last_assignment(ctx: Ctx, name: str) -> cst.SimpleStatementLine | None:
    """The statement that last assigns the local ``name`` before the site, in its function."""
    function = ctx.site.function
    if function is None:
        return None
    site_line = min(ctx.site.lines)
    found: cst.SimpleStatementLine | None = None
    for stmt in function.statements:
        assignment = sole_assignment(stmt)
        if (
            isinstance(stmt, cst.SimpleStatementLine)
            and isinstance(assignment, cst.Assign)
            and len(assignment.targets) == 1
            and isinstance(assignment.targets[0].target, cst.Name)
            and assignment.targets[0].target.value == name
            and ctx.index.span(stmt)[0] < site_line
        ):
            found = stmt
    return found


def _insert_before(
    ctx: Ctx, code: str, kind: str, prior: float, *, structural: bool = False
) -> Edit | None:
    """``code`` inserted before the site's statement; ``structural`` for a statement the code's
    own shape dictates."""
    new = _parse_stmt(code)
    if new is None or ctx.site.block is None or _reads_outside_its_loop(ctx, new):
        return None
    stmt = ctx.site.node
    assert isinstance(stmt, cst.BaseStatement)
    moved = stmt.with_changes(leading_lines=()) if hasattr(stmt, "leading_lines") else stmt
    lead = new.with_changes(leading_lines=getattr(stmt, "leading_lines", ()))
    edit = _make(
        ctx,
        kind,
        prior,
        [(stmt, cst.FlattenSentinel([lead, moved]))],
        f"{kind}: insert `{_show(code)}` before `{_show(ctx.index.code(stmt))}`",
    )
    edit.structural = structural
    return edit


def _insert_after(
    ctx: Ctx, code: str, kind: str, prior: float, *, structural: bool = False
) -> Edit | None:
    """``code`` inserted after the site's statement; ``structural`` as for ``_insert_before``."""
    new = _parse_stmt(code)
    if new is None or ctx.site.block is None or _reads_outside_its_loop(ctx, new):
        return None
    stmt = ctx.site.node
    if _undoes_deletion(ctx, stmt, new):
        return None
    edit = _make(
        ctx,
        kind,
        prior,
        [(stmt, cst.FlattenSentinel([stmt, new]))],
        f"{kind}: insert `{_show(code)}` after `{_show(ctx.index.code(stmt))}`",
    )
    edit.structural = structural
    return edit


def _undoes_deletion(ctx: Ctx, stmt: cst.CSTNode, new: cst.CSTNode) -> bool:
    """``del d[k]`` followed by ``d[k] = v``: the pair only deletes the ``del``, which the
    deletions offer at their own (last) rank."""
    deleted = _sole_small(stmt)
    stored = sole_assignment(new)
    if not isinstance(deleted, cst.Del) or not isinstance(stored, cst.Assign):
        return False
    code = ctx.index.code(deleted.target)
    return any(ctx.index.code(t.target) == code for t in stored.targets)


def _sole_small(stmt: cst.CSTNode) -> cst.BaseSmallStatement | None:
    if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1:
        return stmt.body[0]
    return None


def sole_call(stmt: cst.CSTNode) -> cst.Call | None:
    """The call a line holding one expression statement makes (``seen.add(x)``)."""
    small = _sole_small(stmt)
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        return small.value
    return None


def _reads_outside_its_loop(ctx: Ctx, new: cst.CSTNode) -> bool:
    """Whether an inserted statement would read a loop variable outside the loop that binds
    it: after the loop it sees only the last item (the classic leaked-variable slip), so the
    insertion belongs inside, where another site offers it."""
    function = ctx.site.function
    if function is None:
        return False
    loops = ctx.index.memo(("loop variables", id(function)), lambda: _loop_variables(ctx))
    start = min(ctx.site.lines)
    for name in value_names(new):
        spans = loops.get(name.value)
        if spans is not None and not any(first < start <= last for first, last in spans):
            return True
    return False


def _loop_variables(ctx: Ctx) -> dict[str, list[tuple[int, int]]]:
    """Names bound only as ``for`` targets in the site's function, with each loop's lines."""
    assert ctx.site.function is not None
    function = ctx.site.function
    found: dict[str, list[tuple[int, int]]] = {}
    for node in body_nodes(function.node.body):
        if isinstance(node, cst.For):
            position = ctx.index.positions[node]
            for name in bound_names(node.target):
                found.setdefault(name.value, []).append((position.start.line, position.end.line))
    elsewhere = set(function.params) | (function.locals - set(found))
    for node in body_nodes(function.node.body):
        if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign)):
            elsewhere |= {n.value for n in bound_names(node.target)}
    return {name: spans for name, spans in found.items() if name not in elsewhere}


def _takes_out(container: str, mentions: Callable[[str], bool], methods: tuple[str, ...]) -> bool:
    """Whether code (as ``mentions`` sees it) takes items out of ``container``: one of the
    removal ``methods`` called on it, or ``del container[...]``."""
    if mentions(f"del {container}["):
        return True
    return any(mentions(container + method) for method in methods)


def _is_terminal(stmt: cst.CSTNode) -> bool:
    """A line that leaves the block: return, raise, break or continue."""
    return isinstance(stmt, cst.SimpleStatementLine) and any(
        isinstance(s, (cst.Return, cst.Raise, cst.Continue, cst.Break)) for s in stmt.body
    )


def _normal(code: str) -> str:
    return " ".join(code.split())


_N = TypeVar("_N", bound=cst.CSTNode)
SCALAR_LITERALS = (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, cst.Integer,
                   cst.Float)  # fmt: skip


class _Rename(cst.CSTTransformer):
    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
        return updated.with_changes(value=self.new) if updated.value == self.old else updated

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.Attribute:
        return updated.with_changes(attr=original.attr)  # attribute names are not variables

    def leave_Arg(self, original: cst.Arg, updated: cst.Arg) -> cst.Arg:
        return updated.with_changes(keyword=original.keyword)  # nor are keyword names


def renamed(node: _N, old: str, new: str) -> _N:
    """``node`` with the variable ``old`` renamed to ``new`` (attribute names kept)."""
    result = node.visit(_Rename(old, new))
    assert isinstance(result, type(node))
    return result
