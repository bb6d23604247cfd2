"""Substitution families: wrong variable, function, attribute, key or literal, swapped
variables, lookups with a default and slice bounds."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    KEYLIKE,
    SCALAR_LITERALS,
    Ctx,
    _is_store,
    _last_assignment,
    _make,
    _parent,
    _parse_expr,
    _ranked,
    _replace,
    _similarity,
    _string_literal,
    _takes_out,
    bound_to_sorted,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._forward import positional_params
from selfpatch.patchers.repair._idle import idle_names
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    all_nodes,
    bound_names,
    callee_name,
    is_range_loop,
    sole_assignment,
    sole_index,
    value_names,
)

_CALLEE_SWAPS: dict[str, list[tuple[str, float]]] = {
    "any": [("all", 0.7)], "all": [("any", 0.7)], "min": [("max", 0.7)], "max": [("min", 0.7)],
    "sorted": [("reversed", 0.3)], "reversed": [("sorted", 0.3)], "int": [("float", 0.3)],
    "float": [("int", 0.3)], "str": [("repr", 0.2)], "repr": [("str", 0.3)],
    "isinstance": [], "len": [("sum", 0.2)], "sum": [("len", 0.2)],
    "bisect_left": [("bisect_right", 0.7)], "bisect_right": [("bisect_left", 0.7)],
    "bisect": [("bisect_left", 0.7)], "insort_left": [("insort_right", 0.6)],
    "insort_right": [("insort_left", 0.6)], "insort": [("insort_left", 0.6)],
}  # fmt: skip


_METHOD_SWAPS: dict[str, list[str]] = {
    "append": ["extend", "add"], "extend": ["append", "update"], "add": ["append", "update"],
    "update": ["add", "extend"], "lower": ["upper", "casefold"], "upper": ["lower"],
    "strip": ["rstrip", "lstrip"], "lstrip": ["strip", "rstrip", "removeprefix"],
    "rstrip": ["strip", "lstrip", "removesuffix"], "removeprefix": ["lstrip"],
    "removesuffix": ["rstrip"], "weekday": ["isoweekday"], "isoweekday": ["weekday"],
    "startswith": ["endswith"], "endswith": ["startswith"], "keys": ["values", "items"],
    "values": ["keys", "items"], "items": ["values", "keys"], "find": ["rfind"],
    "rfind": ["find"], "index": ["rindex"], "rindex": ["index"], "split": ["rsplit"],
    "rsplit": ["split"], "partition": ["rpartition"], "rpartition": ["partition"],
    "remove": ["discard"], "discard": ["remove"], "get": ["pop"],
    "pop": ["get", "popleft"], "popleft": ["pop"], "appendleft": ["append"],
    "floor": ["ceil"], "ceil": ["floor"], "trunc": ["floor", "ceil"],
    "search": ["match", "fullmatch"], "match": ["search", "fullmatch"],
    "fullmatch": ["match"], "insert": [],
    "isdigit": ["isnumeric", "isalnum"], "isalpha": ["isalnum"], "title": ["capitalize"],
    "capitalize": ["title"], "replace": [], "format": [], "join": [],
    "bisect_left": ["bisect_right"], "bisect_right": ["bisect_left"], "bisect": ["bisect_left"],
    "insort_left": ["insort_right"], "insort_right": ["insort_left"], "insort": ["insort_left"],
    "load": ["loads"], "loads": ["load"], "dump": ["dumps"], "dumps": ["dump"],
}  # fmt: skip


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
        function = ctx.site.function
        scope |= set(function.params) | function.locals | ctx.index.closure_names(function)
    if node.value not in scope:
        return
    target = isinstance(parent, cst.AssignTarget | cst.AugAssign)
    drops_update = isinstance(parent, cst.AssignTarget) and _updates_itself(ctx, node, parent)
    siblings = _sibling_arguments(ctx, node, parent)
    container = _indexed_container(ctx, node)
    choices = scope - ctx.index.callables - ctx.index.type_aliases()
    fellows = _unpacking_targets(ctx, node)
    if ctx.site.function is not None and (target or fellows is not None):
        target = True  # a store inside a function binds a local: only locals are meant
        choices &= ctx.site.function.locals | set(ctx.site.function.params)
        choices -= fellows or set()  # binding one name twice is never meant
    idle = idle_names(ctx.index, ctx.site.function) if ctx.site.function else set()
    for other in _ranked(node.value, choices):
        prior = (0.3 if target else 0.5) * (0.6 + 0.4 * _similarity(node.value, other))
        if other in siblings:
            prior *= 0.5  # f(name, name): passing one value twice is rarely meant
        elif not target and _derived_from(ctx, other, node.value):
            prior = max(prior, DERIVED_PRIOR)
        if not target and other in idle and _after_binding(ctx, node, other):
            prior = max(prior, IDLE_NAME_PRIOR)
        if container is not None:
            prior = _index_prior(ctx, prior, node.value, other, container)
        new = node.with_changes(value=other)
        edit = _replace(ctx, node, new, "wrong variable", prior, weakens=drops_update)
        if _container_against_literal(ctx, node, other):
            edit.suspect = "compares a container with a literal"
        yield edit


_CONTAINER_METHODS = {"get", "items", "keys", "values", "append", "extend", "add", "setdefault"}


def _container_against_literal(ctx: Ctx, node: cst.Name, other: str) -> bool:
    """Whether ``other``, put in place of ``node``, would be tested for equality with a string
    or number literal while the file calls container methods on it (``states.get(...)``):
    such a test is always false, so passing tests that way seldom meant it."""
    if not ctx.index.attrs_by_base.get(other, set()) & _CONTAINER_METHODS:
        return False
    parent = _parent(ctx, node)
    if isinstance(parent, cst.Comparison) and node is parent.left:
        others = [t.comparator for t in parent.comparisons]
        operators = [t.operator for t in parent.comparisons]
    elif isinstance(parent, cst.ComparisonTarget) and node is parent.comparator:
        comparison = _parent(ctx, parent)
        others = [comparison.left] if isinstance(comparison, cst.Comparison) else []
        operators = [parent.operator]
    else:
        return False
    equality = all(isinstance(o, (cst.Equal, cst.NotEqual)) for o in operators)
    return equality and any(isinstance(o, SCALAR_LITERALS) for o in others)


def _after_binding(ctx: Ctx, node: cst.Name, name: str) -> bool:
    """Whether ``node`` is a value (not ``self``) read after ``name`` is first bound."""
    if node.value in {"self", "cls"} or ctx.site.function is None:
        return False
    if name in ctx.site.function.params:
        return True
    assignment = _last_assignment(ctx, name)
    return assignment is not None and ctx.index.line(assignment) < ctx.index.line(node)


def _unpacking_targets(ctx: Ctx, node: cst.Name) -> set[str] | None:
    """The names of ``a, b = ...`` when ``node`` is one of them, else None."""
    outer: cst.CSTNode = node
    parent = _parent(ctx, node)
    while isinstance(parent, (cst.Element, cst.Tuple, cst.List)):
        outer, parent = parent, _parent(ctx, parent)
    if outer is node or not isinstance(parent, cst.AssignTarget):
        return None
    return {n.value for n in bound_names(outer)}


DERIVED_PRIOR = 0.55
IDLE_NAME_PRIOR = 0.7
CONSISTENT_INDEX_PRIOR = 0.6
NON_INDEX_FACTOR = 0.6
COUNTER_INDEX_PRIOR = 0.55


def _index_prior(ctx: Ctx, prior: float, name: str, other: str, container: str) -> float:
    """Code that walks two sequences keeps one index per sequence (``old[i]``, ``new[j]``):
    the one place ``new`` is indexed by ``i`` is the likely slip, and ``j`` its fix. Inside
    ``for position in range(...)``, ``position`` is the likely index; a name the function
    itself subscripts is a container, an unlikely index."""
    function = ctx.site.function
    indexers = ctx.index.indexers(function, container)
    if indexers[name] <= 1 and indexers[other] >= 1:
        return max(prior, CONSISTENT_INDEX_PRIOR)
    counters = _range_counters(ctx)
    if other in counters and name not in counters:
        return max(prior, COUNTER_INDEX_PRIOR)
    if other in ctx.index.containers(function):
        return prior * NON_INDEX_FACTOR
    return prior


def _range_counters(ctx: Ctx) -> set[str]:
    """Names bound by the ``for ... in range(...)`` loops around the site."""
    found: set[str] = set()
    node = _parent(ctx, ctx.site.node)
    while node is not None and not isinstance(node, cst.FunctionDef):
        if is_range_loop(node, ctx.index.code):
            assert isinstance(node, cst.For) and isinstance(node.target, cst.Name)
            found.add(node.target.value)
        node = _parent(ctx, node)
    return found


_INDEX_PARTS = (cst.Index, cst.Slice, cst.SubscriptElement, cst.BinaryOperation, cst.UnaryOperation)


def _indexed_container(ctx: Ctx, node: cst.Name) -> str | None:
    """The container whose index or slice bound ``node`` is part of: ``new`` for ``i`` in
    ``new[i:]`` or ``new[i + 1]``."""
    child: cst.CSTNode = node
    parent = _parent(ctx, node)
    while isinstance(parent, _INDEX_PARTS):
        child, parent = parent, _parent(ctx, parent)
    if isinstance(parent, cst.Subscript) and child is not parent.value:
        return ctx.index.code(parent.value)
    return None


def _derived_from(ctx: Ctx, name: str, source: str) -> bool:
    """``ordered = sorted(values)`` before the site: reading ``values`` afterwards is often
    a slip for the prepared version."""
    assignment = sole_assignment(_last_assignment(ctx, name) or cst.Pass())
    if assignment is None or assignment.value is None:
        return False
    return any(n.value == source for n in value_names(assignment.value))


def _sibling_arguments(ctx: Ctx, node: cst.Name, parent: cst.CSTNode | None) -> set[str]:
    """The code of the other arguments of the call ``node`` is an argument of."""
    call = _parent(ctx, parent) if isinstance(parent, cst.Arg) else None
    if not isinstance(call, cst.Call):
        return set()
    return {ctx.index.code(a.value) for a in call.args if a is not parent}


def _updates_itself(ctx: Ctx, node: cst.Name, target: cst.AssignTarget) -> bool:
    """``x = f(x)``: renaming the target stops updating ``x`` and turns the update into a
    clobbering write of another variable, a behaviour change that merely silences the test."""
    assign = _parent(ctx, target)
    if not isinstance(assign, cst.Assign) or target.target is not node:
        return False
    finder = _NameFinder(node.value)
    assign.value.visit(finder)
    return finder.found


class _NameFinder(cst.CSTVisitor):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.found = False

    def visit_Name(self, node: cst.Name) -> None:
        self.found = self.found or node.value == self.name


def _is_value_position(node: cst.Name, parent: cst.CSTNode | None) -> bool:
    if isinstance(parent, cst.Attribute):
        return node is parent.value
    if isinstance(parent, cst.Arg):
        return node is parent.value
    if isinstance(parent, cst.CompFor):
        return node is parent.iter  # ``for part in received``: what is walked, not the target
    return not isinstance(
        parent,
        (cst.FunctionDef, cst.ClassDef, cst.Param, cst.ImportAlias, cst.AsName, cst.Global,
         cst.Nonlocal, cst.Decorator),
    )  # fmt: skip


def _callee(ctx: Ctx, node: cst.Name) -> Iterator[Edit]:
    for other, prior in _CALLEE_SWAPS.get(node.value, []):
        yield _replace(ctx, node, node.with_changes(value=other), "wrong function", prior)
    if node.value in ctx.index.callables and node.value not in BUILTIN_NAMES:
        for other in _ranked(node.value, ctx.index.callables - BUILTIN_NAMES, 6):
            prior = 0.3 * _similarity(node.value, other)
            yield _replace(ctx, node, node.with_changes(value=other), "wrong function", prior)


PREPEND_PRIOR = 0.45
"""``entries.append(x)`` -> ``entries.insert(0, x)``: what goes first (a search path, a
most-recent list) added at the end."""


def _attribute(ctx: Ctx, node: cst.Attribute) -> Iterator[Edit]:
    parent = _parent(ctx, node)
    attr = node.attr.value
    if isinstance(parent, cst.Call) and node is parent.func:
        for other in _METHOD_SWAPS.get(attr, []):
            new = node.with_changes(attr=cst.Name(other))
            edit = _replace(ctx, node, new, "wrong method", 0.5)
            if other == "strip":
                # The code chose a side; tests that cannot tell the sides apart seldom mean both.
                edit.suspect = "strips both sides where the code stripped one"
            yield edit
        if attr == "get" and _empty_default(parent):
            new = node.with_changes(attr=cst.Name("setdefault"))
            yield _replace(ctx, node, new, "wrong method", SETDEFAULT_PRIOR)
        if attr == "append" and len(parent.args) == 1 and not parent.args[0].keyword:
            front = parent.with_changes(
                func=node.with_changes(attr=cst.Name("insert")),
                args=[cst.Arg(cst.Integer("0")), parent.args[0].with_changes(comma=None)],
            )
            yield _replace(ctx, parent, front, "wrong method", PREPEND_PRIOR)
        if attr == "sample" and _draws_all(ctx, parent):
            edit = _replace(ctx, node, node.with_changes(attr=cst.Name("choices")),
                            "wrong method", RESAMPLE_PRIOR)  # fmt: skip
            edit.structural = True
            yield edit
    yield from _dereference(ctx, node, parent)
    known = set(ctx.index.attrs_by_base.get(ctx.index.code(node.value), set()))
    if not _is_store(ctx, node):
        for fields in ctx.index.class_fields().values():
            if attr in fields:
                known |= fields - {attr}
    for other in _ranked(attr, known, 8):
        prior = 0.45 * (0.5 + 0.5 * _similarity(attr, other))
        yield _replace(ctx, node, node.with_changes(attr=cst.Name(other)), "wrong attribute", prior)
    if not _is_store(ctx, node) and not (isinstance(parent, cst.Call) and node is parent.func):
        yield from _library_attribute(ctx, node)


LIBRARY_ATTRIBUTE_PRIOR = 0.5
_LIBRARY_ATTRIBUTES: dict[str, tuple[tuple[str, ...], list[tuple[str, float]]]] = {
    "netloc": (("urlsplit", "urlparse"), [("hostname", 1.0)]),
    "hostname": (("urlsplit", "urlparse"), [("netloc", 0.8)]),
    "path": (("urlsplit", "urlparse"), [("query", 0.5)]),
    "query": (("urlsplit", "urlparse"), [("path", 0.5)]),
    "seconds": (("timedelta", "datetime"), [("total_seconds()", 1.0)]),
    "days": (("timedelta", "datetime"), [("total_seconds()", 0.5)]),
    "name": (("pathlib", "Path"), [("stem", 0.6)]),
    "stem": (("pathlib", "Path"), [("name", 0.8)]),
    "suffix": (("pathlib", "Path"), [("suffixes", 0.5)]),
    "stdout": (("subprocess",), [("stderr", 0.6)]),
    "stderr": (("subprocess",), [("stdout", 0.6)]),
    "st_mtime": ((".stat(", "lstat("), [("st_ctime", 0.5)]),
}  # fmt: skip
"""Attributes of well-known library values that are easily confused (``parts.netloc`` keeps
the port and credentials ``parts.hostname`` drops; ``delta.seconds`` is the seconds part, not
the length): the alternatives, tried only where the file uses the library."""


def _library_attribute(ctx: Ctx, node: cst.Attribute) -> Iterator[Edit]:
    modules, others = _LIBRARY_ATTRIBUTES.get(node.attr.value, ((), []))
    if not any(ctx.index.mentions(module) for module in modules):
        return
    for other, weight in others:
        new = _parse_expr(f"{ctx.index.code(node.value)}.{other}")
        if new is not None:
            prior = LIBRARY_ATTRIBUTE_PRIOR * weight
            yield _replace(ctx, node, new, "wrong attribute", prior)


SETDEFAULT_PRIOR = 0.6
RESAMPLE_PRIOR = 0.6


def _draws_all(ctx: Ctx, call: cst.Call) -> bool:
    """``rng.sample(scores, k=len(scores))`` (or ``k=n`` after ``n = len(scores)``): drawing
    every item without replacement only shuffles them, so a resample that means anything
    draws with replacement (``choices``)."""
    if len(call.args) != 2 or call.args[0].keyword is not None:
        return False
    size = call.args[1].value
    if isinstance(size, cst.Name):
        bound = sole_assignment(_last_assignment(ctx, size.value) or cst.Pass())
        size = bound.value if isinstance(bound, cst.Assign) else size
    population = ctx.index.code(call.args[0].value)
    return (
        isinstance(size, cst.Call)
        and callee_name(size) == "len"
        and len(size.args) == 1
        and ctx.index.code(size.args[0].value) == population
    )


def _empty_default(call: cst.Call) -> bool:
    """``d.get(k, {})``: a fresh container as the default is the shape of a lookup that was
    meant to store the container it creates (``setdefault``)."""
    if len(call.args) != 2:
        return False
    default = call.args[1].value
    if isinstance(default, (cst.Dict, cst.List, cst.Set)):
        return not default.elements
    return (
        isinstance(default, cst.Call)
        and not default.args
        and (isinstance(default.func, cst.Name) and default.func.value in {"dict", "list", "set"})
    )


DEREFERENCE_PRIOR = 0.4


def _dereference(ctx: Ctx, node: cst.Attribute, parent: cst.CSTNode | None) -> Iterator[Edit]:
    """``event.name`` -> ``event.tool.name`` where the statement also reads ``event.tool``: the
    field lives one object further down; and ``event.tool.name`` -> ``event.name`` the other
    way round."""
    if (isinstance(parent, cst.Call) and node is parent.func) or _is_store(ctx, node):
        return
    base = ctx.index.code(node.value)
    statement = ctx.index.code(ctx.site.node)
    label = _label(ctx, node, parent).split("_")
    for middle in sorted(ctx.index.attrs_by_base.get(base, set()) - {node.attr.value}):
        path = f"{base}.{middle}"
        if path in statement and (f"{path}." not in statement or _has(ctx, path, node.attr.value)):
            deeper = _parse_expr(f"{base}.{middle}.{node.attr.value}")
            prior = NAMED_DEREFERENCE_PRIOR if middle in label else DEREFERENCE_PRIOR
            if deeper is not None:
                yield _replace(ctx, node, deeper, "field dereference", prior)
    if isinstance(node.value, cst.Attribute):
        shallower = node.with_changes(value=node.value.value)
        yield _replace(ctx, node, shallower, "field dereference", DEREFERENCE_PRIOR * 0.75)


NAMED_DEREFERENCE_PRIOR = 0.55


def _label(ctx: Ctx, node: cst.Attribute, parent: cst.CSTNode | None) -> str:
    """The name the value is given: its keyword (``user_id=``) or its assignment target."""
    if isinstance(parent, cst.Arg) and parent.keyword is not None:
        return parent.keyword.value
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
        target = parent.targets[0].target
        return target.value if isinstance(target, cst.Name) else ctx.index.code(target)
    return ""


def _has(ctx: Ctx, obj: str, attr: str) -> bool:
    """Whether some class of the file has ``attr`` next to every attribute the file reads from
    ``obj`` (``call.session.user.org`` is read, and ``User`` has ``org`` and ``id``)."""
    read = ctx.index.attrs_by_base.get(obj, set())
    return any(read | {attr} <= fields for fields in ctx.index.class_fields().values())


def _string_key(ctx: Ctx, node: cst.SimpleString) -> Iterator[Edit]:
    value = node.evaluated_value
    if not isinstance(value, str) or not KEYLIKE.match(value):
        return
    evidence = [s for s in ctx.evidence.strings if KEYLIKE.match(s)]
    keys = sorted(ctx.index.string_keys | {s for s in ctx.index.strings if KEYLIKE.match(s)})
    names = sorted(n for n in ctx.index.identifiers() if n not in keys and n not in evidence)
    read = ctx.index.memo(("read keys",), lambda: _read_keys(ctx))
    unread = ctx.index.written_keys - read
    unwritten = value in read and value not in ctx.index.written_keys and value not in evidence
    # the other half of the pair: a key written and never read, where a key is read unwritten
    partners = unread if unwritten else _unwritten(ctx, read) if value in unread else set()
    words = _ranked(value, _embedded_words(ctx.evidence.inputs, value, {*evidence, *keys}), 3)
    quoted = ctx.index.memo(("quoted keys",), lambda: _quoted_keys(ctx))
    seen: set[str] = set()
    factor = _factor_name(ctx, node)
    for other in sorted(k for k in unread if factor and k != value and k in factor.split("_")):
        new_key = _string_literal(node, other)
        if new_key is not None:
            seen.add(other)
            edit = _replace(ctx, node, new_key, "wrong key or literal", FACTOR_KEY_PRIOR)
            edit.structural = True
            yield edit
    groups = ((evidence, 0.55), (words, 0.5), (quoted, 0.5), (keys, 0.45), (names, 0.3))
    for choices, base in groups:
        for other in _ranked(value, choices, 10):
            new = _string_literal(node, other)
            if new is None or other in seen:
                continue
            seen.add(other)
            weight = max(base, UNWRITTEN_KEY_PRIOR) if other in partners else base
            prior = weight * (0.4 + 0.6 * _similarity(value, other))
            yield _replace(ctx, node, new, "wrong key or literal", prior)


FACTOR_KEY_PRIOR = 0.65


def _factor_name(ctx: Ctx, node: cst.SimpleString) -> str | None:
    """``cached`` of ``cached * price["input"]``: the name the looked-up value multiplies. A
    key the table has and nothing reads, named like it, is the rate it was meant to take."""
    index = ctx.index.parents.get(node)
    element = ctx.index.parents.get(index) if isinstance(index, cst.Index) else None
    subscript = ctx.index.parents.get(element) if element is not None else None
    product = ctx.index.parents.get(subscript) if isinstance(subscript, cst.Subscript) else None
    if not isinstance(product, cst.BinaryOperation) or not isinstance(
        product.operator, cst.Multiply
    ):
        return None
    other = product.right if product.left is subscript else product.left
    return other.value if isinstance(other, cst.Name) else None


_QUOTED = re.compile(r"""["'`]([A-Za-z_]\w*)["'`]""")


def _quoted_keys(ctx: Ctx) -> list[str]:
    """Keys a docstring or message quotes (``optional "tokens": int``): the data's own
    spelling, where no code of the file writes the key."""
    texts = (text for text in ctx.index.strings if " " in text)
    return sorted({key for text in texts for key in _QUOTED.findall(text) if KEYLIKE.match(key)})


_WORD_BREAKS = re.compile(r"[\s,;=:&?/\"']+")


def _embedded_words(inputs: list[str], key: str, known: set[str]) -> list[str]:
    """Key-like words inside the failing inputs' text of two words or more (``s-maxage`` of
    ``"public, s-maxage=60"``): a directive or field name the data spells inside a value.
    A case variant of ``key`` is left to the case-folding families."""
    found: dict[str, None] = {}
    for text in inputs:
        words = [w for w in _WORD_BREAKS.split(text) if w]
        for word in words if len(words) > 1 else []:
            if word in known or word.lower() == key.lower() or word.isdigit():
                continue
            if len(word) > 2 and KEYLIKE.match(word):
                found.setdefault(word)
    return list(found)


UNWRITTEN_KEY_PRIOR = 0.7
"""A key the code reads that nothing in the file or the evidence ever writes, replaced by one
the file writes and never reads (``event.get("error")`` where events are built with
``"is_error"``): the two halves of one misspelt key."""


def dict_keyword_edits(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    """``dict(current, expires=t)`` where the file reads ``prev["valid_until"]`` and never
    ``"expires"``: the keyword is the written half of a misspelt key."""
    if callee_name(node) != "dict":
        return
    read = ctx.index.memo(("read keys",), lambda: _read_keys(ctx))
    partners = [k for k in _unwritten(ctx, read) if k.isidentifier()]
    for arg in node.args:
        if arg.keyword is None or arg.keyword.value in read:
            continue
        for other in _ranked(arg.keyword.value, partners, 3):
            new = arg.with_changes(keyword=cst.Name(other))
            # the only key read unwritten needs no likeness to be this one's other half
            likeness = 1.0 if len(partners) == 1 else _similarity(arg.keyword.value, other)
            prior = UNWRITTEN_KEY_PRIOR * (0.4 + 0.6 * likeness)
            yield _make(ctx, "wrong key or literal", prior, [(arg, new)],
                        f"wrong key or literal: `{arg.keyword.value}=` -> `{other}=`")  # fmt: skip


def _unwritten(ctx: Ctx, read: set[str]) -> set[str]:
    """Keys the file reads and never writes."""
    return read - ctx.index.written_keys


def _read_keys(ctx: Ctx) -> set[str]:
    found: set[str] = set()
    for node in all_nodes(ctx.index.module):
        if isinstance(node, cst.SimpleString) and _read_key(ctx, node):
            value = node.evaluated_value
            if isinstance(value, str):
                found.add(value)
    return found


def _read_key(ctx: Ctx, node: cst.SimpleString) -> bool:
    """Whether the string is the key of a lookup: ``m["k"]`` read, ``m.get("k")``, ``m.pop``."""
    parent = ctx.index.parents.get(node)
    if isinstance(parent, cst.Index):
        subscript = ctx.index.parents.get(ctx.index.parents.get(parent, parent))
        return isinstance(subscript, cst.Subscript) and not _is_store(ctx, subscript)
    if isinstance(parent, cst.Arg) and parent.keyword is None:
        call = ctx.index.parents.get(parent)
        return (
            isinstance(call, cst.Call)
            and callee_name(call) in {"get", "pop"}
            and call.args[0] is parent
        )
    return False


def _subscript(ctx: Ctx, node: cst.Subscript) -> Iterator[Edit]:
    if len(node.slice) != 1:
        return
    element = node.slice[0].slice
    if isinstance(element, cst.Index) and not _is_store(ctx, node):
        key = ctx.index.code(element.value)
        new = _parse_expr(f"{ctx.index.code(node.value)}.get({key})")
        if new is not None and not isinstance(element.value, (cst.Integer, cst.UnaryOperation)):
            yield _replace(ctx, node, new, "lookup with default", 0.4)
        taken = _parse_expr(f"{ctx.index.code(node.value)}.pop({key})")
        if taken is not None and isinstance(node.value, cst.Attribute):
            edit = _replace(ctx, node, taken, "lookup that should remove", 0.3)
            edit.structural = _only_grows(ctx, ctx.index.code(node.value))
            yield edit
    elif isinstance(element, cst.Slice):
        lower = element.lower
        if lower is not None and not isinstance(lower, (cst.Integer, cst.UnaryOperation)):
            clamped = _parse_expr(f"max({ctx.index.code(lower)}, 0)")
            if clamped is not None:
                yield _replace(ctx, lower, clamped, "clamped slice bound", 0.35)
        for bound in ("lower", "upper"):
            if getattr(element, bound) is not None:
                new_slice = element.with_changes(**{bound: None})
                new = node.with_changes(slice=[node.slice[0].with_changes(slice=new_slice)])
                yield _replace(ctx, node, new, "slice bound", 0.35, weakens=True)
        yield from _zero_from_end(ctx, node, element)
        other_end = _other_end(element)
        if other_end is not None and not (other_end[1] == KEPT_END_PRIOR and _sorted(ctx, node)):
            new_slice, prior = other_end
            new = node.with_changes(slice=[node.slice[0].with_changes(slice=new_slice)])
            yield _replace(ctx, node, new, "slice from the other end", prior)


OTHER_END_PRIOR = 0.45
KEPT_END_PRIOR = 0.3
"""Below a sort's direction: ``order[:k]`` of an ascending sort is often fixed by
``reverse=True``, which keeps the order the caller reads."""
ZERO_FROM_END_PRIOR = 0.55
"""``a[-n:]`` is all of ``a`` when ``n`` is 0, not none of it: a count that can be zero
is taken from the end as ``a[max(len(a) - n, 0):]``, which is all of ``a`` when ``n`` is
larger, as ``a[-n:]`` was."""


def _zero_from_end(ctx: Ctx, node: cst.Subscript, element: cst.Slice) -> Iterator[Edit]:
    for bound in ("lower", "upper"):
        value = getattr(element, bound)
        if not isinstance(value, cst.UnaryOperation) or not isinstance(value.operator, cst.Minus):
            continue
        if isinstance(value.expression, cst.Integer):
            continue
        sequence, count = ctx.index.code(node.value), ctx.index.code(value.expression)
        new_bound = _parse_expr(f"max(len({sequence}) - {count}, 0)")
        if new_bound is not None:
            edit = _replace(ctx, value, new_bound, "count from the end may be zero",
                            ZERO_FROM_END_PRIOR)  # fmt: skip
            edit.structural = True  # the convention's own spelling, not a guess
            yield edit


def _other_end(element: cst.Slice) -> tuple[cst.Slice, float] | None:
    """``[:-k]`` <-> ``[k:]``: k items dropped from the wrong end (the tail instead of the
    head, as in dropping the constant term of a polynomial's derivative). And ``[:n]`` <->
    ``[-n:]``: n items kept from the wrong end (the oldest entries of a log instead of the
    latest)."""
    if element.step is not None:
        return None
    lower, upper = element.lower, element.upper
    dropped_tail = _negated_integer(upper)
    if lower is None and dropped_tail is not None:
        return element.with_changes(lower=dropped_tail, upper=None), OTHER_END_PRIOR
    if upper is None and isinstance(lower, cst.Integer) and lower.value != "0":
        dropped_head = cst.UnaryOperation(cst.Minus(), lower)
        return element.with_changes(lower=None, upper=dropped_head), OTHER_END_PRIOR
    kept_tail = _negated(lower)
    if upper is None and kept_tail is not None and not isinstance(kept_tail, cst.Integer):
        return element.with_changes(lower=None, upper=kept_tail), KEPT_END_PRIOR
    if lower is None and isinstance(upper, (cst.Name, cst.Attribute)):
        kept_head = cst.UnaryOperation(cst.Minus(), upper)
        return element.with_changes(lower=kept_head, upper=None), KEPT_END_PRIOR
    return None


def _sorted(ctx: Ctx, node: cst.Subscript) -> bool:
    """Whether the sliced sequence comes out of a sort here: which end to keep is then the
    sort's direction, a fix of its own."""
    value = node.value
    if isinstance(value, cst.Call):
        return callee_name(value) == "sorted"
    return isinstance(value, cst.Name) and bound_to_sorted(ctx, value.value)


def _negated(node: cst.BaseExpression | None) -> cst.BaseExpression | None:
    """``n`` of a ``-n``."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        return node.expression
    return None


def _negated_integer(node: cst.BaseExpression | None) -> cst.Integer | None:
    """``k`` of a ``-k`` literal."""
    negated = _negated(node)
    return negated if isinstance(negated, cst.Integer) else None


INDEX_SWAP_PRIOR = 0.45


def _only_grows(ctx: Ctx, container: str) -> bool:
    """Whether the file never takes anything out of ``container``: items looked up there are
    then never consumed, the shape of a queue whose entries are answered but never removed."""
    return not _takes_out(container, ctx.index.mentions, REMOVALS)


REMOVALS = (".pop(", ".remove(", ".discard(", ".clear(", ".popitem(")


SWAP_PRIOR = 0.35
TWIN_PARAMETER_SWAP_PRIOR = 0.5
"""``insert`` and ``delete`` both ``int`` parameters of the function: prices, limits and
weights of the same type are the names a developer puts in each other's places. So are two
names unpacked from one tuple (``for before, after in edges``): the two ends of a pair."""


def name_swaps(ctx: Ctx) -> Iterator[Edit]:
    """Two variables swapped within one statement, or the two indices of ``grid[i][j]``."""
    yield from _index_swaps(ctx)
    yield from _attribute_swaps(ctx)
    names: dict[str, cst.Name] = {}
    for root in ctx.site.roots:
        for name in value_names(root):
            parent = _parent(ctx, name)
            callee = isinstance(parent, cst.Call) and name is parent.func
            if not callee and name.value not in ctx.index.callables | BUILTIN_NAMES:
                names.setdefault(name.value, name)
    firsts = list(names.values())[:10]
    types = _parameter_types(ctx)
    pairs = _unpacked_together(ctx)
    for i, first in enumerate(firsts):
        for second in firsts[i + 1 :]:
            twins = types.get(first.value, "") == types.get(second.value, "-") or (
                frozenset((first.value, second.value)) in pairs
            )
            edit = _make(
                ctx,
                "swap variables",
                TWIN_PARAMETER_SWAP_PRIOR if twins else SWAP_PRIOR,
                [(first, second.with_changes()), (second, first.with_changes())],
                f"swap variables: `{first.value}` <-> `{second.value}`",
            )
            if _crossed_arguments(ctx, first, second):
                edit.suspect = "crosses arguments named like the parameters they fill"
            yield edit


def _crossed_arguments(ctx: Ctx, first: cst.Name, second: cst.Name) -> bool:
    """Whether the two names are positional arguments of one call whose parameters bear
    the same names, in the same order: swapping them crosses what the call's names match."""
    arg, other = _parent(ctx, first), _parent(ctx, second)
    if not isinstance(arg, cst.Arg) or not isinstance(other, cst.Arg):
        return False
    call = _parent(ctx, arg)
    if not isinstance(call, cst.Call) or _parent(ctx, other) is not call:
        return False
    if any(a.keyword or a.star for a in (arg, other)):
        return False
    position = [a for a in call.args if not a.keyword and not a.star]
    i, j = position.index(arg), position.index(other)
    for function in ctx.index.function_named(callee_name(call)):
        params = positional_params(function, call)
        if max(i, j) < len(params) and (params[i], params[j]) == (first.value, second.value):
            return True
    return False


def _parameter_types(ctx: Ctx) -> dict[str, str]:
    """The annotation of each annotated parameter of the site's function."""
    function = ctx.site.function
    if function is None:
        return {}
    found: dict[str, str] = {}
    for param in function.node.params.params:
        if param.annotation is not None:
            found[param.name.value] = ctx.index.code(param.annotation.annotation)
    return found


def _unpacked_together(ctx: Ctx) -> set[frozenset[str]]:
    """Pairs of names one tuple target of the site's function binds (``for a, b in pairs``,
    ``low, high = bounds``)."""
    function = ctx.site.function
    if function is None:
        return set()

    def pairs() -> set[frozenset[str]]:
        found: set[frozenset[str]] = set()
        for node in all_nodes(function.node.body):
            targets: list[cst.BaseExpression] = []
            if isinstance(node, (cst.For, cst.CompFor)):
                targets = [node.target]
            elif isinstance(node, cst.Assign):
                targets = [t.target for t in node.targets]
            for target in targets:
                if isinstance(target, (cst.Tuple, cst.List)):
                    names = [n.value for n in bound_names(target)]
                    found |= {frozenset((a, b)) for a in names for b in names if a != b}
        return found

    return ctx.index.memo(("unpacked together", id(function)), pairs)


ATTRIBUTE_SWAP_PRIOR = 0.35
MAX_SWAPPED_ATTRIBUTES = 6


def _attribute_swaps(ctx: Ctx) -> Iterator[Edit]:
    """Two fields of one object swapped within one statement: ``agent.rate + agent.fee * n``
    for ``agent.fee + agent.rate * n``."""
    by_base: dict[str, dict[str, cst.Attribute]] = {}
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Attribute) or _is_store(ctx, node):
                continue
            parent = _parent(ctx, node)
            if isinstance(parent, (cst.Call, cst.Attribute)) and node is getattr(
                parent, "func", None
            ):
                continue
            if isinstance(parent, cst.Attribute) and node is parent.value:
                continue
            reads = by_base.setdefault(ctx.index.code(node.value), {})
            reads.setdefault(node.attr.value, node)
    for base, reads in by_base.items():
        fields = list(reads.values())[:MAX_SWAPPED_ATTRIBUTES]
        for i, first in enumerate(fields):
            for second in fields[i + 1 :]:
                a, b = first.attr.value, second.attr.value
                yield _make(
                    ctx,
                    "swap variables",
                    ATTRIBUTE_SWAP_PRIOR,
                    [(first, first.with_changes(attr=cst.Name(b))),
                     (second, second.with_changes(attr=cst.Name(a)))],
                    f"swap variables: `{base}.{a}` <-> `{base}.{b}`",
                )  # fmt: skip


def _index_swaps(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Subscript) or not isinstance(node.value, cst.Subscript):
                continue
            inner = node.value
            outer_index, inner_index = sole_index(node), sole_index(inner)
            if outer_index is None or inner_index is None:
                continue
            if ctx.index.code(outer_index) == ctx.index.code(inner_index):
                continue
            yield _make(
                ctx,
                "swapped indices",
                INDEX_SWAP_PRIOR,
                [(outer_index, inner_index.deep_clone()), (inner_index, outer_index.deep_clone())],
                f"swap indices of `{ctx.index.code(node)}`",
            )
