"""Missing function call: a bare value that should have gone through a call, the inverse of
"unwrap call". The callee comes from the code itself: a one-argument call applied to a sibling
value in the same statement (``root_a, root_b = self.find(a), b``), the enclosing function
(recursion into a nested item: ``yield from item`` -> ``yield from flatten(item)``), or a
one-argument call the function makes elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parent, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    all_nodes,
    body_nodes,
    callee_name,
    descendants,
    value_names,
)

SIBLING_CALL_PRIOR = 0.6
RECURSION_PRIOR = 0.45
FUNCTION_CALL_PRIOR = 0.25
MAX_WRAPPED = 6
MAX_CALLEES = 4
PLAIN_BUILTINS = frozenset(
    {"len", "print", "range", "isinstance", "str", "int", "repr", "type", "bool", "id", "hash"}
    | {"iter", "next", "list", "tuple", "set"}
)


ORDER_PRIOR = 0.4
SEQUENCE_BUILDERS = frozenset({"tuple", "list", "join"})


def order_edits(ctx: Ctx) -> Iterator[Edit]:
    """``tuple(letters)`` -> ``tuple(sorted(letters))``: a sequence built from an iterable whose
    order was meant to be canonical (keys, signatures, joined output)."""
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or len(node.args) != 1 or node.args[0].keyword:
                continue
            if callee_name(node) not in SEQUENCE_BUILDERS or node.args[0].star:
                continue
            value = node.args[0].value
            if isinstance(value, cst.Call) and callee_name(value) in {"sorted", "reversed"}:
                continue
            new = _parse_expr(f"sorted({ctx.index.code(value)})")
            if new is not None:
                yield _replace(ctx, value, new, "missing function call", ORDER_PRIOR)


def wrap_call_edits(ctx: Ctx) -> Iterator[Edit]:
    callees = _callees(ctx)
    if not callees:
        return
    for name in _wrappable(ctx):
        for callee, prior in callees:
            if _already_wrapped(ctx, name, callee):
                continue
            new = _parse_expr(f"{callee}({name.value})")
            if new is not None:
                yield _replace(ctx, name, new, "missing function call", prior)


def _callees(ctx: Ctx) -> list[tuple[str, float]]:
    found: dict[str, float] = {}

    def add(code: str, prior: float) -> None:
        if code not in PLAIN_BUILTINS and prior > found.get(code, 0.0):
            found[code] = prior

    for root in ctx.site.roots:
        for call in _unary_calls(root):
            add(ctx.index.code(call.func), SIBLING_CALL_PRIOR)
    function = ctx.site.function
    if function is not None:
        own = [p for p in function.params if p not in {"self", "cls"}]
        if len(own) == 1 or (own and _has_defaults_after_first(function.node)):
            prefix = "self." if function.cls and function.params[:1] == ["self"] else ""
            add(prefix + function.name, RECURSION_PRIOR)
        for call in _unary_calls(function.node.body):
            add(ctx.index.code(call.func), FUNCTION_CALL_PRIOR)
    ranked = sorted(found.items(), key=lambda kv: -kv[1])
    return [(c, p) for c, p in ranked if c.split(".")[0] not in BUILTIN_NAMES or "." in c][
        :MAX_CALLEES
    ]


def _has_defaults_after_first(node: cst.FunctionDef) -> bool:
    params = [p for p in node.params.params if p.name.value not in {"self", "cls"}]
    return all(p.default is not None for p in params[1:])


def _unary_calls(root: cst.CSTNode) -> Iterator[cst.Call]:
    for node in _walk(root):
        if isinstance(node, cst.Call) and len(node.args) == 1:
            arg = node.args[0]
            if not arg.keyword and not arg.star:
                yield node


def _walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    if isinstance(node, cst.IndentedBlock):
        for stmt in node.body:
            yield from _walk(stmt)
        return
    yield from descendants(node)
    for child in node.children:
        if isinstance(child, cst.IndentedBlock):
            yield from _walk(child)


def _wrappable(ctx: Ctx) -> list[cst.Name]:
    """Bare names read by the site, not already a call's only argument or a callee."""
    names: list[cst.Name] = []
    for root in ctx.site.roots:
        for name in value_names(root):
            parent = _parent(ctx, name)
            if isinstance(parent, (cst.AssignTarget, cst.AugAssign, cst.CompFor)):
                continue
            if isinstance(parent, cst.Call) and name is parent.func:
                continue
            if isinstance(parent, cst.Attribute):
                continue  # a receiver: the call would go on the object, not around it
            if isinstance(parent, (cst.Tuple, cst.Element)) and _is_target(ctx, parent):
                continue
            if name.value in ctx.index.callables or name.value in BUILTIN_NAMES:
                continue
            if name.value in {"self", "cls", "None", "True", "False"}:
                continue
            names.append(name)
    return names[:MAX_WRAPPED]


def _is_target(ctx: Ctx, node: cst.CSTNode) -> bool:
    current: cst.CSTNode | None = node
    while current is not None and not isinstance(current, cst.BaseSmallStatement):
        if isinstance(current, (cst.AssignTarget, cst.CompFor)):
            return True
        current = _parent(ctx, current)
    return False


def _already_wrapped(ctx: Ctx, name: cst.Name, callee: str) -> bool:
    arg = _parent(ctx, name)
    call = _parent(ctx, arg) if isinstance(arg, cst.Arg) else None
    return isinstance(call, cst.Call) and ctx.index.code(call.func) == callee


CONVERSIONS = ("str", "int", "float", "bool", "list", "tuple", "set", "dict")
ANNOTATED_PRIOR = 0.45
MESSAGE_PRIOR = 0.35
TYPE_IN_MESSAGE = re.compile(
    r"(?:expected|must be|only concatenate|can't convert|not supported between) "
    r"(?:a |an )?'?(str|int|float)\b"
)


def conversion_edits(ctx: Ctx) -> Iterator[Edit]:
    """Missing conversion: ``return count`` in a function declared ``-> str``, or a value
    at the failing line when the error names the type it wanted (``expected str instance``)."""
    if isinstance(ctx.site.node, cst.SimpleStatementLine):
        for small in ctx.site.node.body:
            if isinstance(small, cst.Return) and small.value is not None:
                wanted = _declared_return(ctx)
                if wanted is not None:
                    yield from _convert(ctx, small.value, wanted, ANNOTATED_PRIOR)
    if not ctx.raised_here:
        return
    for wanted in _types_in_messages(ctx):
        for root in ctx.site.roots:
            for node in _convertible(ctx, root):
                yield from _convert(ctx, node, wanted, MESSAGE_PRIOR)


def _declared_return(ctx: Ctx) -> str | None:
    function = ctx.site.function
    returns = function.node.returns if function is not None else None
    annotation = returns.annotation if returns is not None else None
    if isinstance(annotation, cst.Name) and annotation.value in CONVERSIONS:
        return annotation.value
    return None


def _types_in_messages(ctx: Ctx) -> list[str]:
    found: dict[str, None] = {}
    for message in ctx.evidence.messages:
        for wanted in TYPE_IN_MESSAGE.findall(message):
            found.setdefault(wanted)
    return list(found)


def _convertible(ctx: Ctx, root: cst.CSTNode) -> Iterator[cst.BaseExpression]:
    for node in all_nodes(root):
        if isinstance(node, (cst.Name, cst.Subscript, cst.Attribute)):
            parent = _parent(ctx, node)
            if isinstance(parent, (cst.Attribute, cst.Subscript, cst.AssignTarget)):
                continue
            if isinstance(parent, cst.Call) and node is parent.func:
                continue
            if isinstance(node, cst.Name) and node.value in BUILTIN_NAMES | {"self", "cls"}:
                continue
            yield node


def _convert(ctx: Ctx, node: cst.BaseExpression, wanted: str, prior: float) -> Iterator[Edit]:
    if isinstance(node, (cst.SimpleString, cst.FormattedString, cst.Integer, cst.Float)):
        return
    if isinstance(node, cst.Call):
        return  # a call's own result type is not this site's slip
    new = _parse_expr(f"{wanted}({ctx.index.code(node)})")
    if new is not None:
        yield _replace(ctx, node, new, "missing conversion", prior)


REVERSAL_PRIOR = 0.45


def reversal_edits(ctx: Ctx) -> Iterator[Edit]:
    """A list filled by a loop that walks its input backwards (``for m in reversed(items):
    kept.append(m)``) and then used as if in the input's order: ``kept`` -> ``kept[::-1]``
    after the loop."""
    function = ctx.site.function
    if function is None:
        return
    backwards = ctx.index.memo(("backwards", id(function)), lambda: _filled_backwards(ctx))
    start = min(ctx.site.lines)
    for root in ctx.site.roots:
        for name in value_names(root):
            end = backwards.get(name.value)
            parent = _parent(ctx, name)
            if end is None or start <= end or isinstance(parent, (cst.Attribute, cst.Subscript)):
                continue
            new = _parse_expr(f"{name.value}[::-1]")
            if new is not None:
                edit = _replace(ctx, name, new, "missing reversal", REVERSAL_PRIOR)
                edit.structural = True
                yield edit


def _filled_backwards(ctx: Ctx) -> dict[str, int]:
    """Lists appended to inside a backwards loop of the site's function, with the loop's last
    line."""
    assert ctx.site.function is not None
    found: dict[str, int] = {}
    for node in body_nodes(ctx.site.function.node.body):
        if isinstance(node, cst.For) and _walks_backwards(ctx, node.iter):
            end = ctx.index.positions[node].end.line
            for inner in body_nodes(node.body):
                appended = _appended_name(inner)
                if appended is not None:
                    found[appended] = end
    return found


def _walks_backwards(ctx: Ctx, iterable: cst.BaseExpression) -> bool:
    if isinstance(iterable, cst.Call):
        return ctx.index.code(iterable.func) == "reversed"
    if isinstance(iterable, cst.Subscript) and len(iterable.slice) == 1:
        part = iterable.slice[0].slice
        return isinstance(part, cst.Slice) and ctx.index.code(part.step or cst.Name("x")) == "-1"
    return False


def _appended_name(node: cst.CSTNode) -> str | None:
    if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
        return None
    receiver = node.func.value
    if node.func.attr.value in {"append", "extend"} and isinstance(receiver, cst.Name):
        return receiver.value
    return None
