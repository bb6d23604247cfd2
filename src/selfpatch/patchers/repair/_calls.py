"""Call families: swapped or missing (keyword) arguments, unwrapped calls, element order,
missing awaits."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _parent,
    _parse_expr,
    _precedence,
    _ranked,
    _replace,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._forward import forwarded_arguments, positional_params
from selfpatch.patchers.repair._index import (
    MUTATORS,
    all_nodes,
    callee_name,
    sole_assignment,
)
from selfpatch.patchers.repair._statements import (
    REGISTRATION_ORDER_PRIOR,
)

_KEYWORDS: dict[str, list[tuple[str, str, float]]] = {
    "gather": [("return_exceptions", "True", 0.9)],
    "sorted": [("reverse", "True", 0.6)],
    "sort": [("reverse", "True", 0.6)],
    "dumps": [("default", "str", 0.5), ("sort_keys", "True", 0.4),
              ("ensure_ascii", "False", 0.4), ("indent", "2", 0.2)],
    "loads": [("strict", "False", 0.3)],
    "open": [("encoding", '"utf-8"', 0.3)],
    "run": [("check", "True", 0.4), ("text", "True", 0.4), ("capture_output", "True", 0.3)],
    "check_output": [("text", "True", 0.4)],
    "enumerate": [("start", "1", 0.55)],
    "max": [("default", "None", 0.35), ("default", "0", 0.35)],
    "min": [("default", "None", 0.35), ("default", "0", 0.35)],
    "wait": [("return_when", "asyncio.FIRST_COMPLETED", 0.2)],
    "mkdir": [("parents", "True", 0.3), ("exist_ok", "True", 0.4)],
    "makedirs": [("exist_ok", "True", 0.4)],
    "get": [("timeout", "10", 0.1)],
    "decode": [("errors", '"replace"', 0.45), ("errors", '"ignore"', 0.3)],
    "encode": [("errors", '"replace"', 0.3), ("errors", '"ignore"', 0.2)],
    "reader": [("skipinitialspace", "True", 0.4)],  # "a, b" splits into "a" and " b"
    "DictReader": [("skipinitialspace", "True", 0.4)],
    "popitem": [("last", "False", 0.55)],  # an OrderedDict evicts its oldest entry (FIFO, LRU)
    "urlencode": [("doseq", "True", 0.55)],  # a list value repeats its key, not "%5B...%5D"
    "quantiles": [("method", '"inclusive"', 0.5)],  # cut points within the data's own range
    "quote": [("safe", '""', 0.5)],  # a path segment or query value: "/" is encoded too
}  # fmt: skip

SILENT_DROPS = {("errors", '"ignore"')}
"""Arguments that drop what a call cannot handle without a trace: ranked with the weakenings,
after an alternative that leaves a mark (``errors="replace"``)."""


_POSITIONAL_DEFAULTS: dict[str, tuple[int, list[tuple[str, float]]]] = {
    "get": (1, [("0", 0.4), ('""', 0.35), ("[]", 0.35), ("{}", 0.35)]),
    "pop": (1, [("None", 0.45)]),
    "getattr": (2, [("None", 0.45)]),
    "next": (1, [("None", 0.45)]),
    "round": (1, [("2", 0.35)]),
    "setdefault": (1, [("[]", 0.3), ("{}", 0.3)]),
}


CROSSED_ARGUMENTS_PRIOR = 0.9
"""``live_neighbours(grid, col, row)`` for ``def live_neighbours(grid, row, col)``: each of two
arguments is named like the other's parameter, the best-known cue of swapped arguments."""


def _crossed_names(ctx: Ctx, node: cst.Call, positional: list[cst.Arg], i: int, j: int) -> bool:
    first, second = positional[i].value, positional[j].value
    if not isinstance(first, cst.Name) or not isinstance(second, cst.Name):
        return False
    offset = 1 if isinstance(node.func, cst.Attribute) else 0  # self or cls comes first
    for function in ctx.index.function_named(callee_name(node)):
        params = function.params[offset if function.cls else 0 :]
        if j < len(params) and (params[i], params[j]) == (second.value, first.value):
            return True
    return False


def _aligned_names(ctx: Ctx, node: cst.Call, positional: list[cst.Arg], i: int, j: int) -> bool:
    """``expected_score(ra, rb)`` for ``def expected_score(rating_a, rating_b)``: the part that
    tells the two arguments apart (``a``, ``b``) is the part that tells the parameters apart,
    in the same order."""
    first, second = positional[i].value, positional[j].value
    if not isinstance(first, cst.Name) or not isinstance(second, cst.Name):
        return False
    args = _distinct_parts(first.value, second.value)
    for function in ctx.index.function_named(callee_name(node)):
        params = positional_params(function, node)
        if j < len(params) and all(args) and args == _distinct_parts(params[i], params[j]):
            return True
    return False


def _distinct_parts(a: str, b: str) -> tuple[str, str]:
    """What is left of two names without their common prefix and suffix."""
    start = _common_length(a, b)
    end = _common_length(a[start:][::-1], b[start:][::-1])
    return a[start : len(a) - end], b[start : len(b) - end]


def _common_length(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
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
            crossed = _crossed_names(ctx, node, positional, i, j)
            edit = _replace(ctx, node, node.with_changes(args=args), "swap arguments",
                            CROSSED_ARGUMENTS_PRIOR if crossed else 0.45)  # fmt: skip
            edit.structural = crossed
            if not crossed and _aligned_names(ctx, node, positional, i, j):
                edit.suspect = "crosses arguments named like the parameters they fill"
            yield edit
    if len(node.args) == 1 and len(positional) == 1 and name not in {"print", "range"}:
        yield _replace(ctx, node, positional[0].value, "unwrap call", 0.25, weakens=True)
    discipline = _pop_discipline(ctx, node)
    if name == "pop" and not node.args and discipline != "lifo":
        first = node.with_changes(args=[cst.Arg(cst.Integer("0"))])
        yield _replace(ctx, node, first, "pop end", 0.6 if discipline == "fifo" else 0.45)
    elif _pops_front(ctx, name, positional) and discipline != "fifo":
        last = node.with_changes(args=[])
        yield _replace(ctx, node, last, "pop end", 0.6 if discipline == "lifo" else 0.45)
    if name == "get" and len(positional) == 2 and len(node.args) == 2:
        yield from _falsy_default(ctx, node)
    if len(node.args) == 1 and len(positional) == 1:
        yield from _receiver_swap(ctx, node)
    if name == "startswith" and len(positional) == 1:
        yield from _path_prefix(ctx, node)
    if name in _LOGARITHMS and len(node.args) == 1 and len(positional) == 1:
        yield from _smoothed_log(ctx, positional[0])
    function = ctx.site.function
    awaited = isinstance(_parent(ctx, node), cst.Await)
    if function and function.is_async and not awaited and name in ctx.index.async_functions:
        yield _replace(ctx, node, cst.Await(expression=node), "missing await", 0.75)


SMOOTHED_LOG_PRIOR = 0.35
"""``log(n / df)`` is 0 for a term in every document and fails at 0; the smoothed
``log(1 + n / df)`` (IDF, log-scaled counts) is the usual intent."""
_LOGARITHMS = frozenset({"log", "log2", "log10"})


def _smoothed_log(ctx: Ctx, arg: cst.Arg) -> Iterator[Edit]:
    value = arg.value
    if isinstance(value, (cst.Integer, cst.Float)) or _is_plus_one(value):
        return
    code = ctx.index.code(value)
    new = _parse_expr(f"1 + ({code})" if _precedence(value) < 4 else f"1 + {code}")
    if new is not None:
        yield _replace(ctx, value, new, "missing +1", SMOOTHED_LOG_PRIOR)


def _is_plus_one(value: cst.BaseExpression) -> bool:
    return (
        isinstance(value, cst.BinaryOperation)
        and isinstance(value.operator, cst.Add)
        and any(isinstance(side, cst.Integer) for side in (value.left, value.right))
    )


FALSY_DEFAULT_PRIOR = 0.4
"""``d.get(k, default)`` gives ``None`` or ``""`` when the key is present with an empty value
(JSON ``null``, a blank form field); ``d.get(k) or default`` covers both."""


def _falsy_default(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    key, default = (ctx.index.code(a.value) for a in node.args)
    if _precedence(node.args[1].value) <= -4:  # `or`, `x if c else y`, lambda
        default = f"({default})"
    func = ctx.index.code(node.func)
    new = _parse_expr(f"{func}({key}) or {default}")
    if new is not None:
        yield _replace(ctx, node, new, "falsy value gets the default", FALSY_DEFAULT_PRIOR)


RECEIVER_SWAP_PRIOR = 0.4
_SWAPPABLE = (cst.Name, cst.Attribute, cst.Subscript)


def _receiver_swap(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    """``tail.startswith(stop)`` -> ``stop.startswith(tail)``: the variable-swap bug of a
    binary relation written as a method (startswith, issubset, endswith, ...)."""
    func, arg = node.func, node.args[0].value
    if not isinstance(func, cst.Attribute) or not isinstance(func.value, _SWAPPABLE):
        return
    if not isinstance(arg, _SWAPPABLE) or ctx.index.code(func.value) in {"self", "cls"}:
        return
    if func.attr.value in MUTATORS or _is_module(ctx, func.value):
        return
    swapped = node.with_changes(
        func=func.with_changes(value=arg), args=[node.args[0].with_changes(value=func.value)]
    )
    yield _replace(ctx, node, swapped, "swap receiver and argument", RECEIVER_SWAP_PRIOR)


def _is_module(ctx: Ctx, node: cst.BaseExpression) -> bool:
    """``os.path.isdir(p)``, ``json.loads(s)``: the receiver is an imported name."""
    while isinstance(node, cst.Attribute):
        node = node.value
    if not isinstance(node, cst.Name):
        return False
    local = ctx.index.in_scope(ctx.site.function) - ctx.index.callables
    return node.value in ctx.index.callables and node.value not in local


PATH_PREFIX_PRIOR = 0.45
"""``path.startswith(root)`` also accepts ``/srv/app-evil`` for the root ``/srv/app``: a path
prefix check needs the separator (CWE-22). Tried where the file works with ``os.path`` (the
separator is ``os.sep``) or ``posixpath`` (``"/"``)."""


def _path_prefix(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    if ctx.index.mentions("os.path."):
        separator = "os.sep"
    elif ctx.index.mentions("posixpath."):
        separator = '"/"'
    else:
        return
    prefix = node.args[0].value
    if isinstance(prefix, (cst.Name, cst.Attribute, cst.Call)):
        new = _parse_expr(f"{ctx.index.code(prefix)} + {separator}")
        if new is not None:
            yield _replace(ctx, prefix, new, "path prefix without separator", PATH_PREFIX_PRIOR)


REGEX_FUNCTIONS = frozenset(
    {"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split", "compile"}
)


def _regex_flags(ctx: Ctx, node: cst.Call, name: str) -> list[tuple[str, str, float]]:
    """``re`` flags that the pattern's own text calls for: ``.`` across lines wants DOTALL,
    ``^`` or ``$`` per line wants MULTILINE; IGNORECASE is always a candidate."""
    if name not in REGEX_FUNCTIONS or not ctx.index.code(node.func).startswith("re."):
        return []
    pattern = node.args[0].value if node.args else None
    text = pattern.evaluated_value if isinstance(pattern, cst.SimpleString) else ""
    text = text if isinstance(text, str) else ""
    unescaped = re.sub(r"\\.|\[[^]]*\]", "", text)
    flags = [("flags", "re.IGNORECASE", 0.3 if name != "sub" else 0.2)]
    if "." in unescaped:
        flags.insert(0, ("flags", "re.DOTALL", 0.45))
    if "^" in unescaped or "$" in unescaped:
        flags.insert(0, ("flags", "re.MULTILINE", 0.45))
    return flags


def _keyword_edits(ctx: Ctx, node: cst.Call, name: str) -> Iterator[Edit]:
    present = {a.keyword.value for a in node.args if a.keyword is not None}
    positional = [a for a in node.args if a.keyword is None]
    if "flags" not in present and len(positional) >= (4 if name in {"sub", "subn"} else 3):
        present.add("flags")  # flags given positionally
    extra = [
        *_regex_flags(ctx, node, name),
        *_timezone(ctx, name),
        *_sort_keys(ctx, name),
        *_split_limit(ctx, node, name),
        *_mapping_order_key(ctx, node, name),
        *forwarded_arguments(ctx, node, name),
    ]
    for keyword, value, prior in [*_KEYWORDS.get(name, []), *extra]:
        if keyword not in present and not any(a.star for a in positional[1:]):
            edit = _add_arg(ctx, node, f"{keyword}={value}", "missing keyword argument", prior)
            edit.weakens = (keyword, value) in SILENT_DROPS
            yield edit
    if name == "quantize" and "rounding" not in present and len(positional) == 1:
        yield from _rounding_modes(ctx, node)
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


ROUNDING_PRIOR = 0.45
ROUNDING_UNUSED_PRIOR = 0.6
_ROUNDING_MODE = re.compile(r"\bROUND_[A-Z_]+\b")


def _rounding_modes(ctx: Ctx, node: cst.Call) -> Iterator[Edit]:
    """``rounding=ROUND_HALF_UP`` for ``quantize`` when the file names that mode; structural
    when it imports the mode and never uses it."""
    modes = _ROUNDING_MODE.findall(ctx.index.source)
    for mode in dict.fromkeys(modes):
        unused = modes.count(mode) == 1
        prior = ROUNDING_UNUSED_PRIOR if unused else ROUNDING_PRIOR
        edit = _add_arg(ctx, node, f"rounding={mode}", "missing keyword argument", prior)
        edit.structural = unused
        yield edit


SPLIT_LIMIT_PRIOR = 0.45


def _split_limit(ctx: Ctx, node: cst.Call, name: str) -> list[tuple[str, str, float]]:
    """``maxsplit`` for ``split``: as many cuts as the unpacking names parts before its starred
    rest (``command, ident, *rest = text.split()`` keeps the rest whole in ``rest[0]``), one
    fewer than the parts of a plain unpacking, else one."""
    if name not in {"split", "rsplit"}:
        return []
    parent = ctx.index.parents.get(node)
    limit = 1
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
        target = parent.targets[0].target
        if isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) > 1:
            starred = [e for e in target.elements if isinstance(e, cst.StarredElement)]
            limit = len(target.elements) - (1 if not starred else len(starred))
    return [("maxsplit", str(limit), SPLIT_LIMIT_PRIOR)]


SORT_KEY_PRIOR = 0.6
UNORDERED = re.compile(r"not supported between instances of '(\w+)' and '\1'")


def _sort_keys(ctx: Ctx, name: str) -> list[tuple[str, str, float]]:
    """``sorted(errors)`` of objects that define no order (``'<' not supported between
    instances of 'ArgError' and 'ArgError'``): the order meant is one of their fields, the
    first declared likeliest."""
    if name not in {"sorted", "sort", "min", "max"} or not ctx.raised_here:
        return []
    classes = {m.group(1) for text in ctx.evidence.messages for m in UNORDERED.finditer(text)}
    keys: list[tuple[str, str, float]] = []
    for cls in sorted(classes):
        for rank, field in enumerate(_declared_fields(ctx, cls)[:3]):
            keys.append(("key", f"lambda item: item.{field}", SORT_KEY_PRIOR * 0.85**rank))
    return keys


MAPPING_KEY_PRIOR = 0.6
_ORDERED_POSITION = {"sorted": 0, "max": 0, "min": 0, "nlargest": 1, "nsmallest": 1}


def _mapping_order_key(ctx: Ctx, node: cst.Call, name: str) -> list[tuple[str, str, float]]:
    """``heapq.nlargest(k, scores)`` or ``max(counts)`` over a mapping orders its keys; the
    order meant is nearly always by value, ``key=scores.get``."""
    position = _ORDERED_POSITION.get(name)
    positional = [a for a in node.args if a.keyword is None]
    if position is None or len(positional) != position + 1 or positional[position].star:
        return []
    items = positional[position].value
    if not isinstance(items, (cst.Name, cst.Attribute)) or not _is_mapping(ctx, items):
        return []
    return [("key", f"{ctx.index.code(items)}.get", MAPPING_KEY_PRIOR)]


_MAPPING_TYPES = re.compile(r"(dict|Dict|Mapping|MutableMapping|Counter|defaultdict|OrderedDict)\b")
_MAPPING_CALLS = frozenset({"dict", "Counter", "defaultdict", "OrderedDict"})


def _is_mapping(ctx: Ctx, items: cst.BaseExpression) -> bool:
    """Whether the file annotates or builds ``items`` as a dict (``scores: dict[str, float]``,
    ``counts = Counter()``, ``{k: v for ...}``)."""
    return ctx.index.code(items) in ctx.index.memo(("mappings",), lambda: _mappings(ctx))


def _mappings(ctx: Ctx) -> frozenset[str]:
    code = ctx.index.code
    found: set[str] = set()
    for node in all_nodes(ctx.index.module):
        if isinstance(node, (cst.Param, cst.AnnAssign)) and node.annotation is not None:
            annotation = code(node.annotation.annotation).removeprefix("collections.")
            if _MAPPING_TYPES.match(annotation.removeprefix("typing.").removeprefix("abc.")):
                found.add(code(node.name if isinstance(node, cst.Param) else node.target))
        elif isinstance(node, cst.Assign) and len(node.targets) == 1:
            value = node.value
            built = isinstance(value, (cst.Dict, cst.DictComp)) or (
                isinstance(value, cst.Call) and callee_name(value) in _MAPPING_CALLS
            )
            if built:
                found.add(code(node.targets[0].target))
    return frozenset(found)


def _declared_fields(ctx: Ctx, cls: str) -> list[str]:
    """The annotated fields of class ``cls`` of the file, in declaration order."""
    for node in ctx.index.module.body:
        if isinstance(node, cst.ClassDef) and node.name.value == cls:
            found: list[str] = []
            for stmt in node.body.body:
                assignment = sole_assignment(stmt)
                if isinstance(assignment, cst.AnnAssign) and isinstance(
                    assignment.target, cst.Name
                ):
                    found.append(assignment.target.value)
            return found
    return []


AWARE_TIME_PRIOR = 0.6
"""``datetime.fromtimestamp(stamp)`` and ``datetime.now()`` give naive local times; code that
imports ``timezone`` compares them with aware ones, or means UTC."""


def _timezone(ctx: Ctx, name: str) -> list[tuple[str, str, float]]:
    if name not in {"fromtimestamp", "now"} or "timezone" not in ctx.index.callables:
        return []
    return [("tz", "timezone.utc", AWARE_TIME_PRIOR)]


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
        identity_first = _key_of_itself(ctx, node, elements[i].value, elements[i + 1].value)
        edit = _replace(ctx, node, node.with_changes(elements=swapped), "element order",
                        IDENTITY_FIRST_PRIOR if identity_first else prior)  # fmt: skip
        edit.structural = identity_first
        yield edit


IDENTITY_FIRST_PRIOR = 0.6


def _key_of_itself(
    ctx: Ctx, node: cst.CSTNode, first: cst.BaseExpression, second: cst.BaseExpression
) -> bool:
    """``lambda agent: (agent, rank.get(agent))``: a key that leads with the item itself never
    reaches what it derives from the item (the item already decides it), so the derived value
    was meant to lead and the item to break its ties."""
    parent = _parent(ctx, node)
    if not isinstance(parent, cst.Lambda) or not isinstance(first, cst.Name):
        return False
    params = {p.name.value for p in parent.params.params}
    return first.value in params and any(
        isinstance(n, cst.Name) and n.value == first.value for n in all_nodes(second)
    )


def _is_callable_name(ctx: Ctx, node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value in ctx.index.callables


def _pops_front(ctx: Ctx, name: str, positional: list[cst.Arg]) -> bool:
    return name == "pop" and len(positional) == 1 and ctx.index.code(positional[0].value) == "0"


def _end_uses(ctx: Ctx, receiver: str) -> Counter[str]:
    """How often the file pops or peeks ``receiver`` at its end (``pop()``, ``[-1]``) and at
    its front (``pop(0)``, ``[0]``)."""
    uses: Counter[str] = Counter()
    for node in all_nodes(ctx.index.module):
        if isinstance(node, cst.Call) and callee_name(node) == "pop" and len(node.args) <= 1:
            if isinstance(node.func, cst.Attribute) and ctx.index.code(node.func.value) == receiver:
                index = ctx.index.code(node.args[0].value) if node.args else "-1"
                uses["fifo" if index == "0" else "lifo" if index == "-1" else ""] += 1
        elif isinstance(node, cst.Subscript) and ctx.index.code(node.value) == receiver:
            element = node.slice[0].slice if len(node.slice) == 1 else None
            index = ctx.index.code(element.value) if isinstance(element, cst.Index) else ""
            uses["fifo" if index == "0" else "lifo" if index == "-1" else ""] += 1
    return uses


LIFO_WORDS = ("stack", "lifo")
FIFO_WORDS = ("queue", "fifo", "pending", "todo", "frontier")


def _pop_discipline(ctx: Ctx, node: cst.Call) -> str:
    """How the code uses the receiver elsewhere (``pending.pop()`` and ``pending[-1]``: a
    stack), else what its name promises: a stack pops its end, a queue its front."""
    if not isinstance(node.func, cst.Attribute):
        return ""
    receiver = ctx.index.code(node.func.value)
    uses = ctx.index.memo(("pop ends", receiver), lambda: _end_uses(ctx, receiver))
    own = "fifo" if node.args else "lifo"
    lifo, fifo = uses["lifo"] - (own == "lifo"), uses["fifo"] - (own == "fifo")
    if lifo != fifo:
        return "lifo" if lifo > fifo else "fifo"
    receiver = receiver.lower()
    if any(word in receiver for word in LIFO_WORDS):
        return "lifo"
    if any(word in receiver for word in FIFO_WORDS):
        return "fifo"
    return ""
