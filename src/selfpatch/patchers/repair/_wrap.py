"""Missing function call: a bare value that should have gone through a call, the inverse of
"unwrap call". The callee comes from the code itself: a one-argument call applied to a sibling
value in the same statement (``root_a, root_b = self.find(a), b``), the enclosing function
(recursion into a nested item: ``yield from item`` -> ``yield from flatten(item)``), or a
one-argument call the function makes elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _in_sort_routine,
    _is_constant_like,
    _make,
    _parent,
    _parse_expr,
    _replace,
    _show,
    sorted_copy_exists,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    callee_name,
    descendants,
    source_of,
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


ABS_PRIOR = 0.45


def abs_edits(ctx: Ctx) -> Iterator[Edit]:
    """``row - r == col - c`` -> ``row - r == abs(col - c)``: a difference compared with
    another difference, or with a tolerance, is usually a distance, and a distance has no sign.
    So is a value named as a deviation (``z > threshold``)."""
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
                continue
            sides = [node.left, node.comparisons[0].comparator]
            differences = [s for s in sides if _is_difference(s) or _names_deviation(s)]
            if not differences or isinstance(node.comparisons[0].operator, (cst.In, cst.NotIn)):
                continue
            for side in differences:
                new = _parse_expr(f"abs({ctx.index.code(side)})")
                if new is not None:
                    yield _replace(ctx, side, new, "missing function call", ABS_PRIOR)


SIGNED_COUNT_PRIOR = 0.5


def signed_count_edits(ctx: Ctx) -> Iterator[Edit]:
    """``step = 1 if days >= 0 else -1`` then ``remaining = days``: the sign went into the
    step, so the count that drives the loop is the magnitude, ``abs(days)``."""
    value = _assigned_value(ctx.site.node)
    function = ctx.site.function
    if not isinstance(value, cst.Name) or function is None:
        return
    body = ctx.index.function_code(function)
    if re.search(rf"\b{re.escape(value.value)}\s*(>=|<=|<|>)\s*0\b", body):
        new = cst.Call(func=cst.Name("abs"), args=[cst.Arg(value)])
        edit = _replace(ctx, value, new, "missing function call", SIGNED_COUNT_PRIOR)
        edit.structural = True
        yield edit


def _is_difference(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Subtract)


DEVIATION_NAME = re.compile(r"^(z|zs|z_?score|(\w+_)?(deviation|delta|diff|drift|residual|skew))$")


def _names_deviation(node: cst.BaseExpression) -> bool:
    """A name for a signed distance from a centre (``z``, ``zscore``, ``drift``)."""
    return isinstance(node, cst.Name) and bool(DEVIATION_NAME.match(node.value))


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
            if isinstance(parent, (cst.AnnAssign, cst.For)) and name is parent.target:
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


def _already_wrapped(ctx: Ctx, name: cst.BaseExpression, callee: str) -> bool:
    arg = _parent(ctx, name)
    call = _parent(ctx, arg) if isinstance(arg, cst.Arg) else None
    return isinstance(call, cst.Call) and ctx.index.code(call.func) == callee


SIBLING_WRAP_PRIOR = 0.6
_COMPREHENSIONS = (cst.ListComp, cst.GeneratorExp, cst.SetComp)


def sibling_wrap_edits(ctx: Ctx) -> Iterator[Edit]:
    """``xs = sorted(x for x, _ in points)`` next to ``ys = [y for _, y in points]``, or
    ``width = max(0, right - left)`` next to ``height = top - bottom``: adjacent assignments of
    the same shape were meant to go through the same call (its other arguments constants)."""
    value = _assigned_value(ctx.site.node)
    block = ctx.site.block
    if value is None or block is None:
        return
    neighbours = [block[i] for i in (ctx.site.index - 1, ctx.site.index + 1) if 0 <= i < len(block)]
    seen: set[str] = set()
    for neighbour in neighbours:
        call = _assigned_value(neighbour)
        slot = _wrapped_slot(call)
        if not isinstance(call, cst.Call) or slot is None:
            continue
        callee = ctx.index.code(call.func)
        if callee in seen or not _same_shape(call.args[slot].value, value):
            continue
        seen.add(callee)
        argument: cst.BaseExpression = value
        if isinstance(value, cst.ListComp) and isinstance(call.args[slot].value, cst.GeneratorExp):
            argument = cst.GeneratorExp(value.elt, value.for_in, lpar=[], rpar=[])
        args = [a.deep_clone() for a in call.args]
        args[slot] = args[slot].with_changes(value=argument)
        new = cst.Call(func=call.func.deep_clone(), args=args)
        edit = _replace(ctx, value, new, "missing function call", SIBLING_WRAP_PRIOR)
        edit.structural = True
        yield edit


def _wrapped_slot(call: cst.BaseExpression | None) -> int | None:
    """The one positional argument of ``call`` that is not a constant."""
    if not isinstance(call, cst.Call) or any(a.keyword or a.star for a in call.args):
        return None
    slots = [i for i, a in enumerate(call.args) if not _is_constant_like(a.value)]
    return slots[0] if len(slots) == 1 else None


def _assigned_value(stmt: cst.CSTNode) -> cst.BaseExpression | None:
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        return small.value if isinstance(small.targets[0].target, cst.Name) else None
    return None


def _same_shape(a: cst.BaseExpression, b: cst.BaseExpression) -> bool:
    if isinstance(a, _COMPREHENSIONS) and isinstance(b, _COMPREHENSIONS):
        return True
    return type(a) is type(b) and not isinstance(a, cst.Call)


EVIDENCE_CALL_PRIOR = 0.5
MAX_EVIDENCE_CALLS = 2


def evidence_call_edits(ctx: Ctx) -> Iterator[Edit]:
    """The failing output differs from the expected one by exactly what a builtin does (the
    right items in the wrong order: ``sorted``; ``"3"`` for 3: ``int``): that builtin around
    a value the site hands on (returns, assigns, passes, yields)."""
    callees = [c for c, _ in ctx.evidence.calls.most_common(MAX_EVIDENCE_CALLS)]
    if _in_sort_routine(ctx):
        callees = [c for c in callees if c != "sorted"]
    if not callees:
        return
    for node in _handed_on(ctx):
        code = ctx.index.code(node)
        for callee in callees:
            if isinstance(node, cst.Call) and ctx.index.code(node.func) == callee:
                continue
            if callee == "sorted" and sorted_copy_exists(ctx, node):
                continue
            new = _parse_expr(f"{callee}({code})")
            if new is not None:
                yield _make(ctx, "missing function call", EVIDENCE_CALL_PRIOR, [(node, new)],
                            f"missing function call: `{_show(code)}` -> "
                            f"`{_show(ctx.index.code(new))}`",
                            imports=_module_of(callee))  # fmt: skip


SCALE_PRIOR = 0.5


def unit_scale_edits(ctx: Ctx) -> Iterator[Edit]:
    """The failing numbers are the expected ones in another unit (0.1 for 100.0): the value the
    site hands on is converted, ``(end - start) * 1000``."""
    scales = [s for s, _ in ctx.evidence.scales.most_common(MAX_EVIDENCE_CALLS)]
    for node in _handed_on(ctx) if scales else []:
        if not _numeric(node):
            continue
        if isinstance(node, cst.Call) and callee_name(node) == "round" and node.args:
            node = node.args[0].value  # convert, then round: the digits kept are the new unit's
        code = ctx.index.code(node)
        operand = f"({code})" if isinstance(node, cst.BinaryOperation) else code
        for scale in scales:
            new = _parse_expr(f"{operand} {scale}")
            if new is not None:
                yield _replace(ctx, node, new, "missing arithmetic", SCALE_PRIOR)


NUMERIC_CALLS = frozenset({"round", "float", "int", "abs", "sum", "min", "max", "fsum"})


def _numeric(node: cst.BaseExpression) -> bool:
    """Arithmetic, or a call that gives a number (``round(end - start, 3)``)."""
    if isinstance(node, cst.BinaryOperation):
        return isinstance(node.operator, (cst.Add, cst.Subtract, cst.Multiply, cst.Divide))
    return isinstance(node, cst.Call) and callee_name(node) in NUMERIC_CALLS


KEYED_CALL_PRIOR = 0.65


def keyed_call_edits(ctx: Ctx) -> Iterator[Edit]:
    """``{"arguments": call["args"]}`` where the failing output shows a mapping under
    ``"arguments"`` and its JSON text was expected: ``json.dumps(call["args"])``. The value
    stored under the same key in a dict display or by ``d["key"] = value``."""
    wanted = [kc for kc, _ in ctx.evidence.keyed_calls.most_common(MAX_EVIDENCE_CALLS)]
    if not wanted:
        return
    for node, key in _keyed_values(ctx):
        for wanted_key, callee in wanted:
            if key != wanted_key:
                continue
            if isinstance(node, cst.Call) and ctx.index.code(node.func) == callee:
                continue
            new = _parse_expr(f"{callee}({ctx.index.code(node)})")
            if new is None:
                continue
            edit = _make(ctx, "missing function call", KEYED_CALL_PRIOR, [(node, new)],
                         f"missing function call: `{_show(ctx.index.code(node))}` -> "
                         f"`{_show(ctx.index.code(new))}`",
                         imports=_module_of(callee))  # fmt: skip
            edit.structural = True
            yield edit


def _module_of(callee: str) -> tuple[str, ...]:
    """The module a dotted callee needs imported: ``("json",)`` for ``json.loads``."""
    return (callee.partition(".")[0],) if "." in callee else ()


def _keyed_values(ctx: Ctx) -> Iterator[tuple[cst.BaseExpression, str]]:
    """(value, key) of the site's ``"key": value`` elements and ``d["key"] = value``."""
    for root in ctx.site.roots:
        for node in descendants(root):
            if isinstance(node, cst.DictElement) and isinstance(node.key, cst.SimpleString):
                key = node.key.evaluated_value
                if isinstance(key, str):
                    yield node.value, key
            elif isinstance(node, cst.Assign) and len(node.targets) == 1:
                target = node.targets[0].target
                element = target.slice[0].slice if isinstance(target, cst.Subscript) else None
                if isinstance(element, cst.Index) and isinstance(element.value, cst.SimpleString):
                    key = element.value.evaluated_value
                    if isinstance(key, str):
                        yield node.value, key


def _handed_on(ctx: Ctx) -> list[cst.BaseExpression]:
    """Values a simple statement returns, assigns, yields or passes to a call, and the bare
    names it reads."""
    stmt = ctx.site.node
    found: list[cst.BaseExpression] = []
    if isinstance(stmt, cst.SimpleStatementLine):
        for small in stmt.body:
            value = getattr(small, "value", None)
            if isinstance(small, (cst.Return, cst.Assign, cst.AugAssign)) and value is not None:
                found.append(value)
            elif isinstance(small, cst.Expr):
                if isinstance(value, cst.Yield) and isinstance(value.value, cst.BaseExpression):
                    found.append(value.value)
                elif isinstance(value, cst.Call):
                    found += [arg.value for arg in value.args if not arg.star]
    found += [n for n in _wrappable(ctx) if not any(n is f for f in found)]
    return found


SOURCE_ORDER_PRIOR = 0.5


def source_order_edits(ctx: Ctx) -> Iterator[Edit]:
    """The right items in the wrong order (a failing value is a permutation of the expected
    one): the collection they are taken from was meant to be sorted first, ``found[:limit]`` ->
    ``sorted(found)[:limit]``; the items may hold their sort key (``(-weight, word)``)."""
    if not ctx.evidence.reordered or _in_sort_routine(ctx):
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            source = _ordered_source(ctx, node)
            if source is None or _already_wrapped(ctx, source, "sorted"):
                continue
            if sorted_copy_exists(ctx, source):
                continue
            code = ctx.index.code(source)
            for call, prior in (
                (f"sorted({code})", SOURCE_ORDER_PRIOR),
                (f"sorted({code}, reverse=True)", SOURCE_ORDER_PRIOR * 0.7),
            ):
                new = _parse_expr(call)
                if new is not None:
                    yield _replace(ctx, source, new, "missing function call", prior)


def _ordered_source(ctx: Ctx, node: cst.CSTNode) -> cst.BaseExpression | None:
    """A collection whose order reaches the output: one sliced (``found[:limit]``) or one a
    comprehension draws from."""
    plain = (cst.Name, cst.Attribute)
    if isinstance(node, cst.Subscript) and isinstance(node.value, plain) and len(node.slice) == 1:
        return node.value if isinstance(node.slice[0].slice, cst.Slice) else None
    if isinstance(node, cst.CompFor) and isinstance(node.iter, plain):
        return node.iter
    return None


LENGTH_PRIOR = 0.5
SIZED = ("list", "dict", "set", "tuple", "str", "deque", "frozenset")
SIZE_WHERE_NUMBER = re.compile(
    rf"(?:unsupported operand type\(s\) for \S+|not supported between instances of) "
    rf"'({'|'.join(SIZED)})' and '(?:int|float)'|'(?:int|float)' and '({'|'.join(SIZED)})'"
)


def length_edits(ctx: Ctx) -> Iterator[Edit]:
    """A collection used as a number (``'>' not supported between instances of 'list' and
    'int'`` at the failing line): its ``len()`` was meant."""
    if not ctx.raised_here or not any(SIZE_WHERE_NUMBER.search(m) for m in ctx.evidence.messages):
        return
    for name in _wrappable(ctx):
        if not _already_wrapped(ctx, name, "len"):
            yield _replace(ctx, name, cst.Call(cst.Name("len"), [cst.Arg(name)]),
                           "missing function call", LENGTH_PRIOR)  # fmt: skip


ROOT_PRIOR = 0.6
ROOT_WORDS = frozenset(
    {"norm", "magnitude", "length", "distance", "dist", "rms", "std", "stdev", "stddev"}
    | {"deviation", "radius", "euclidean", "hypot", "l2"}
)
"""Names of a quantity that is the square root of a sum of squares."""


def missing_root_edits(ctx: Ctx) -> Iterator[Edit]:
    """``norm = sum(w * w for w in weights)``: a sum of squares kept under the name of the
    quantity it is the square of (a norm, a distance, a standard deviation)."""
    stmt, function = ctx.site.node, ctx.site.function
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        named = ctx.index.code(small.targets[0].target)
    elif isinstance(small, cst.Return) and function is not None:
        named = function.name
    else:
        return
    value = small.value
    if value is None or not _sum_of_squares(value) or not name_words(named) & ROOT_WORDS:
        return
    if "math.sqrt" in ctx.evidence.calls:
        return  # the evidence family offers the same root
    new = _parse_expr(f"math.sqrt({ctx.index.code(value)})")
    if new is not None:
        edit = _make(ctx, "missing function call", ROOT_PRIOR, [(value, new)],
                     f"missing square root: `{_show(ctx.index.code(value))}` -> "
                     f"`{_show(ctx.index.code(new))}`", imports=("math",))  # fmt: skip
        edit.structural = True
        yield edit


def _sum_of_squares(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.Call) and callee_name(node) == "sum" and node.args:
        items = node.args[0].value
        return isinstance(items, _COMPREHENSIONS) and _square(items.elt)
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return all(_square(side) or _sum_of_squares(side) for side in (node.left, node.right))
    return False


def _square(node: cst.BaseExpression) -> bool:
    if not isinstance(node, cst.BinaryOperation):
        return False
    if isinstance(node.operator, cst.Power):
        return isinstance(node.right, cst.Integer) and node.right.value == "2"
    code = source_of
    return isinstance(node.operator, cst.Multiply) and code(node.left) == code(node.right)
