"""A parameter that is never passed on. A function given ``salt`` that never reads it, or reads
it only to reject bad values (``if mode not in ROUNDING: raise ...``), was meant to hand it to
a call it makes: ``assign_split(key, fractions, salt=salt)`` when the callee takes a parameter
of that name, ``quantize(quantum, rounding=ROUNDING[mode])`` when the value was checked against
a table whose name says what it is for. Or it was meant in the place of what the call passes:
``variant_key(names, response["headers"])`` in a function given ``request_headers``, when
``variant_key`` takes ``request_headers`` in that place."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    FileIndex,
    Function,
    all_nodes,
    callee_name,
    descendants,
    sole_assignment,
    value_names,
)
from selfpatch.patchers.repair._unused import _read_attributes

FORWARD_PRIOR = 0.85
"""The callee is in the file and takes a parameter of that name: the likeliest reading."""
TABLE_FORWARD_PRIOR = 0.7
UNKNOWN_FORWARD_PRIOR = 0.45
KNOWN_FORWARD_PRIOR = 0.7
_KNOWN_KEYWORDS: dict[str, tuple[str, ...]] = {
    "expandtabs": ("tabsize",), "round": ("ndigits",), "split": ("sep", "maxsplit"),
    "rsplit": ("sep", "maxsplit"), "sorted": ("key", "reverse"), "sort": ("key", "reverse"),
    "dumps": ("indent", "sort_keys", "separators", "default"), "int": ("base",),
    "dump": ("indent", "sort_keys", "separators", "default"), "enumerate": ("start",),
    "wrap": ("width",), "fill": ("width",), "shorten": ("width", "placeholder"),
    "encode": ("encoding", "errors"), "decode": ("encoding", "errors"),
    "open": ("encoding", "newline", "errors"), "isoformat": ("sep", "timespec"),
}  # fmt: skip
"""Keywords of standard callables that a caller's parameter is often handed to, spelt its own
way (``tab_size`` for ``expandtabs(tabsize=...)``, ``line_width`` for ``wrap(width=...)``)."""
_PLAIN_METHODS = {
    "append", "extend", "add", "update", "get", "pop", "setdefault", "items", "keys", "values",
    "join", "split", "strip", "format", "replace", "startswith", "endswith", "lower", "upper",
    "encode", "decode", "insert", "remove", "discard", "copy", "index", "count",
}  # fmt: skip
"""Methods of the built-in containers and text: none of them takes a caller's parameter."""


def forwarded_arguments(ctx: Ctx, node: cst.Call, name: str) -> Iterator[tuple[str, str, float]]:
    """(keyword, value, prior) for each idle parameter of the function this call could take."""
    function = ctx.site.function
    if function is None or name == function.name:
        return
    idle = ctx.index.memo(("idle params", id(function)), lambda: _idle_params(ctx.index, function))
    passed = {n.value for arg in node.args for n in value_names(arg.value)}
    callees = ctx.index.function_named(name) if name else []
    for param, table in idle.items():
        if param in passed:
            continue
        if callees:
            if any(_takes(callee, param, node) for callee in callees):
                yield param, param, FORWARD_PRIOR
            continue
        if name in _KNOWN_KEYWORDS:
            yield from ((k, param, KNOWN_FORWARD_PRIOR) for k in _keywords_for(param, name))
            continue
        if name in BUILTIN_NAMES or name in _PLAIN_METHODS:
            continue
        yield param, param, UNKNOWN_FORWARD_PRIOR
        if table and table.isupper() and table.isidentifier():
            yield table.lower(), f"{table}[{param}]", TABLE_FORWARD_PRIOR
    yield from _forwarded_fields(ctx, function, callees, name)
    yield from _held_dependencies(ctx, function, node, name)


def _forwarded_fields(
    ctx: Ctx, function: Function, callees: list[Function], name: str
) -> Iterator[tuple[str, str, float]]:
    """``self.cutoff`` stored from the constructor and never read: the field was kept for a
    call the class makes, under its own name (``get_close_matches(..., cutoff=self.cutoff)``)."""
    if function.cls is None or name in BUILTIN_NAMES or name in _PLAIN_METHODS:
        return
    for field in sorted(ctx.index.memo(("idle fields", function.cls), lambda: _idle_fields(ctx))):
        if not callees:
            yield field, f"self.{field}", UNKNOWN_FORWARD_PRIOR
        elif any(field in callee.params for callee in callees):
            yield field, f"self.{field}", FORWARD_PRIOR


HELD_PRIOR = 0.7


def _held_dependencies(
    ctx: Ctx, function: Function, node: cst.Call, name: str
) -> Iterator[tuple[str, str, float]]:
    """``Deadline(budget)`` built inside a class that keeps ``self._clock`` from its own
    ``clock`` parameter, when ``Deadline`` takes a ``clock`` it defaults: the object built
    falls back to the default instead of the dependency its builder was given."""
    if function.cls is None:
        return
    built = function.cls if name == "cls" else name
    inits = [f for f in ctx.index.functions if f.name == "__init__" and f.cls == built]
    passed = {a.keyword.value for a in node.args if a.keyword is not None}
    held = ctx.index.memo(("held", function.cls), lambda: _held_fields(ctx.index, function.cls))
    for init in inits:
        for param in init.node.params.params:
            keyword = param.name.value
            if param.default is not None and keyword not in passed and keyword in held:
                yield keyword, held[keyword], HELD_PRIOR


def _held_fields(index: FileIndex, cls: str | None) -> dict[str, str]:
    """``parameter -> self.field`` for the fields ``__init__`` stores from a parameter of its
    own (``self._clock = clock``)."""
    found: dict[str, str] = {}
    for init in index.functions:
        if init.name != "__init__" or init.cls != cls:
            continue
        for stmt in init.node.body.body:
            assign = sole_assignment(stmt)
            if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
                continue
            target, value = assign.targets[0].target, assign.value
            if isinstance(value, cst.Name) and value.value in init.params:
                code = index.code(target)
                if code in (f"self.{value.value}", f"self._{value.value}"):
                    found[value.value] = code
    return found


def _idle_fields(ctx: Ctx) -> set[str]:
    """Fields of the site's class that a method writes from a parameter of the same name and
    nothing in the file reads."""
    function = ctx.site.function
    assert function is not None
    stored: set[str] = set()
    for method in ctx.index.functions:
        if method.cls != function.cls:
            continue
        for node in all_nodes(method.node.body):
            if not isinstance(node, cst.Assign) or len(node.targets) != 1:
                continue
            target, value = node.targets[0].target, node.value
            if (
                isinstance(target, cst.Attribute)
                and ctx.index.code(target.value) == "self"
                and isinstance(value, cst.Name)
                and value.value == target.attr.value
                and value.value in method.params
            ):
                stored.add(value.value)
    return stored - _read_attributes(ctx.index)


MISFILLED_PRIOR = 0.7


def misfilled_argument_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    idle = ctx.index.memo(("idle params", id(function)), lambda: _idle_params(ctx.index, function))
    for root in ctx.site.roots if idle else []:
        for call in descendants(root):
            if not isinstance(call, cst.Call) or callee_name(call) == function.name:
                continue
            positional = [a for a in call.args if a.keyword is None and not a.star]
            for callee in ctx.index.function_named(callee_name(call)):
                params = positional_params(callee, call)
                for arg, param in zip(positional, params, strict=False):
                    if param in idle and ctx.index.code(arg.value) != param:
                        edit = _replace(
                            ctx, arg.value, cst.Name(param), "wrong argument", MISFILLED_PRIOR
                        )
                        edit.structural = True
                        yield edit


def positional_params(callee: Function, call: cst.Call) -> list[str]:
    """The callee's positional parameters as this call fills them (``self`` left out for a
    method called through an attribute)."""
    params = callee.node.params
    positional = [p.name.value for p in (*params.posonly_params, *params.params)]
    if callee.cls is not None and isinstance(call.func, cst.Attribute):
        positional = positional[1:]
    return positional


def _takes(callee: Function, param: str, call: cst.Call) -> bool:
    """Whether ``callee`` has a parameter ``param`` that ``call`` leaves to its default."""
    positional = positional_params(callee, call)
    keywords = {p.name.value for p in callee.node.params.kwonly_params}
    if param in keywords:
        return True
    given = sum(1 for a in call.args if a.keyword is None and not a.star)
    return param in positional and positional.index(param) >= given


def _idle_params(index: FileIndex, function: Function) -> dict[str, str]:
    """Parameters the body never reads but to reject a value, each with the table the check
    tests it against ("" when none)."""
    body = function.node.body
    checked: dict[int, str] = {}
    for node in all_nodes(body):
        if isinstance(node, cst.If) and any(isinstance(n, cst.Raise) for n in all_nodes(node.body)):
            for read in value_names(node):  # the test, and the message that names the value
                checked[id(read)] = _table(index, node.test, read.value)
    params = function.node.params
    found: dict[str, str] = {}
    for param in (*params.posonly_params, *params.params, *params.kwonly_params):
        name = param.name.value
        if name in {"self", "cls"} or name.startswith("_"):
            continue
        reads = [n for n in value_names(body) if n.value == name]
        if all(id(n) in checked for n in reads):
            found[name] = next((checked[id(n)] for n in reads if checked[id(n)]), "")
    return found


def _table(index: FileIndex, test: cst.BaseExpression, name: str) -> str:
    """``ROUNDING`` for a test holding ``name not in ROUNDING``."""
    for node in all_nodes(test):
        if isinstance(node, cst.Comparison) and isinstance(node.left, cst.Name):
            if node.left.value != name or len(node.comparisons) != 1:
                continue
            target = node.comparisons[0]
            if isinstance(target.operator, (cst.In, cst.NotIn)):
                return index.code(target.comparator)
    return ""


def _keywords_for(param: str, callee: str) -> Iterator[str]:
    """The keywords of ``callee`` that ``param`` names: the same word, or a longer name that
    ends with it (``max_width`` for ``width``)."""
    spelt = param.lower().replace("_", "")
    for keyword in _KNOWN_KEYWORDS[callee]:
        plain = keyword.replace("_", "")
        if spelt == plain or (len(plain) >= 4 and spelt.endswith(plain)):
            yield keyword
