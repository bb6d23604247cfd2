"""Sequence order: a sequence built from an iterable whose order was meant to be canonical
(``tuple(letters)`` -> ``tuple(sorted(letters))``), a list searched by bisection that was
never sorted, a list filled while walking its input backwards but used as if in the input's
order (``kept`` -> ``kept[::-1]``), a sweep or a merge into the last item kept over unsorted
input, stable sorts layered in the wrong order, and a stack written out bottom first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeGuard

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _in_sort_routine,
    _parent,
    _parse_expr,
    _replace,
    sorted_copy_exists,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import all_nodes, body_nodes, callee_name, value_names

ORDER_PRIOR = 0.4
SEQUENCE_BUILDERS = frozenset({"tuple", "list", "join"})


def order_edits(ctx: Ctx) -> Iterator[Edit]:
    """``tuple(letters)`` -> ``tuple(sorted(letters))``: a sequence built from an iterable whose
    order was meant to be canonical (keys, signatures, joined output)."""
    if _in_sort_routine(ctx):
        return
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or len(node.args) != 1 or node.args[0].keyword:
                continue
            if callee_name(node) not in SEQUENCE_BUILDERS or node.args[0].star:
                continue
            value = node.args[0].value
            if isinstance(value, cst.Call) and callee_name(value) in {"sorted", "reversed"}:
                continue
            if sorted_copy_exists(ctx, value):
                continue
            new = _parse_expr(f"sorted({ctx.index.code(value)})")
            if new is not None:
                yield _replace(ctx, value, new, "missing function call", ORDER_PRIOR)


CANONICAL_PRIOR = 0.55
COLLECTION_TYPES = frozenset(
    {"Sequence", "Iterable", "Collection", "AbstractSet", "Set", "set", "frozenset", "list"}
    | {"List", "FrozenSet", "tuple", "Tuple"}
)


def canonical_payload_edits(ctx: Ctx) -> Iterator[Edit]:
    """``{"tools": tools}`` -> ``{"tools": sorted(tools)}`` in a function that serializes with
    ``sort_keys=True``: it wants equal requests to give equal text, so an order-free collection
    parameter must not carry its caller's order into the payload."""
    function = ctx.site.function
    if function is None:
        return
    collections = ctx.index.memo(("canonical", id(function)), lambda: _canonical_params(ctx))
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.DictElement) or not isinstance(node.value, cst.Name):
                continue
            if node.value.value in collections:
                new = cst.Call(func=cst.Name("sorted"), args=[cst.Arg(node.value)])
                yield _replace(ctx, node.value, new, "missing function call", CANONICAL_PRIOR)


def _canonical_params(ctx: Ctx) -> frozenset[str]:
    """The collection-typed parameters of a function that dumps JSON with sorted keys."""
    assert ctx.site.function is not None
    node = ctx.site.function.node
    if not any(_sorts_keys(n) for n in all_nodes(node.body)):
        return frozenset()
    found = set()
    for param in [*node.params.params, *node.params.kwonly_params]:
        annotation = param.annotation
        if annotation is None:
            continue
        outer = annotation.annotation
        if isinstance(outer, cst.Subscript):
            outer = outer.value
        name = outer.attr.value if isinstance(outer, cst.Attribute) else getattr(outer, "value", "")
        if name in COLLECTION_TYPES:
            found.add(param.name.value)
    return frozenset(found)


def _sorts_keys(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Call) and any(
        a.keyword is not None
        and a.keyword.value == "sort_keys"
        and isinstance(a.value, cst.Name)
        and a.value.value == "True"
        for a in node.args
    )


BISECTED_PRIOR = 0.6
BISECTORS = frozenset({"bisect", "bisect_left", "bisect_right", "insort", "insort_left",
                       "insort_right"})  # fmt: skip


def unsorted_bisect_edits(ctx: Ctx) -> Iterator[Edit]:
    """``bisect_left(pool, x)`` on ``pool = [(s, n) for n, s in workers.items()]``: bisection
    assumes a sorted list, so the list is sorted where it is built."""
    function = ctx.site.function
    if function is None or _in_sort_routine(ctx):
        return
    built = ctx.index.memo(("unsorted lists", id(function)), lambda: _unsorted_lists(ctx))
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or callee_name(node) not in BISECTORS:
                continue
            first = node.args[0].value if node.args else None
            value = built.get(first.value) if isinstance(first, cst.Name) else None
            if value is not None:
                new = cst.Call(func=cst.Name("sorted"), args=[cst.Arg(value)])
                edit = _replace(ctx, value, new, "missing function call", BISECTED_PRIOR)
                edit.structural = True
                yield edit


def _unsorted_lists(ctx: Ctx) -> dict[str, cst.BaseExpression]:
    """Locals of the site's function bound once to a built list (a comprehension or a
    ``list(...)`` call, not ``sorted``) and never sorted in place."""
    assert ctx.site.function is not None
    found: dict[str, cst.BaseExpression] = {}
    seen: set[str] = set()
    for node in body_nodes(ctx.site.function.node.body):
        method = node.func if _calls(node, "sort") else None
        receiver = method.value if isinstance(method, cst.Attribute) else None
        if isinstance(receiver, cst.Name):
            seen.add(receiver.value)
        if not isinstance(node, cst.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0].target
        if not isinstance(target, cst.Name):
            continue
        if target.value in found or target.value in seen:
            seen.add(target.value)
        elif isinstance(node.value, cst.ListComp) or _calls(node.value, "list"):
            found[target.value] = node.value
        else:
            seen.add(target.value)
    return {name: value for name, value in found.items() if name not in seen}


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
            edit = structural_edit(
                ctx, name, f"{name.value}[::-1]", "missing reversal", REVERSAL_PRIOR
            )
            if edit is not None:
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


def _calls(node: cst.CSTNode, name: str) -> TypeGuard[cst.Call]:
    return isinstance(node, cst.Call) and callee_name(node) == name


KEY_TEXT_PRIOR = 0.65
_KEY_WORDS = frozenset({"key", "keys", "fingerprint", "digest", "signature", "hash", "canonical"})


def key_text_edits(ctx: Ctx) -> Iterator[Edit]:
    """``json.dumps(args)`` in ``def key(tool, args)`` ("cache key for a call"): a text that
    keys equal mappings alike must not carry the order the mapping was built in, so the dump
    sorts its keys (``sort_keys=True``)."""
    function = ctx.site.function
    if function is None or not _names_a_key(function.name, function.node.get_docstring()):
        return
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or callee_name(node) != "dumps" or _sorts_keys(node):
                continue
            if any(a.star for a in node.args):
                continue
            tight = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))
            flag = cst.Arg(keyword=cst.Name("sort_keys"), value=cst.Name("True"), equal=tight)
            new = node.with_changes(args=[*node.args, flag])
            edit = _replace(ctx, node, new, "missing keyword argument", KEY_TEXT_PRIOR)
            edit.structural = True
            yield edit


def _names_a_key(name: str, docstring: str | None) -> bool:
    words = set(name_words(name)) | set(re.findall(r"[a-z]+", (docstring or "").lower()))
    return bool(words & _KEY_WORDS)


LAST_ITEM_MERGE_PRIOR = 0.5


def last_item_merge_edits(ctx: Ctx) -> Iterator[Edit]:
    """``for start, end in windows:`` whose body compares with ``merged[-1]`` and appends to
    ``merged``: merging each item into the last one kept (overlapping intervals, runs of equal
    keys) is only right over sorted input, so the loop walks ``sorted(windows)``."""
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, (cst.Name, cst.Attribute)):
        return
    if _in_sort_routine(ctx) or sorted_copy_exists(ctx, loop.iter):
        return
    appended = {
        ctx.index.code(n.func.value)
        for n in body_nodes(loop.body)
        if isinstance(n, cst.Call) and callee_name(n) == "append"
        and isinstance(n.func, cst.Attribute)
    }  # fmt: skip
    items = {n.value for n in value_names(loop.target)}
    compared = [  # the item against the last one kept: ``start <= merged[-1][1]``
        ctx.index.code(s)
        for n in body_nodes(loop.body)
        if isinstance(n, cst.Comparison) and items & {v.value for v in value_names(n)}
        for s in all_nodes(n)
        if isinstance(s, cst.Subscript)
    ]
    compared_last = any(c.startswith(f"{kept}[-1]") for c in compared for kept in appended)
    if compared_last:
        code = f"sorted({ctx.index.code(loop.iter)})"
        edit = structural_edit(ctx, loop.iter, code, "missing function call", LAST_ITEM_MERGE_PRIOR)
        if edit is not None:
            yield edit


SWEEP_PRIOR = 0.5


def sweep_order_edits(ctx: Ctx) -> Iterator[Edit]:
    """``for start, end in shifts:`` that keeps a cursor as the furthest end seen
    (``cursor = max(cursor, end)``) and compares the items with it: a sweep, which only
    works over items in order, so the loop walks ``sorted(shifts)``."""
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, (cst.Name, cst.Attribute)):
        return
    if _in_sort_routine(ctx) or sorted_copy_exists(ctx, loop.iter):
        return
    items = {n.value for n in value_names(loop.target)}
    cursors = {name for n in body_nodes(loop.body) if (name := _running_max(n, items))}
    compared = any(
        isinstance(n, cst.Comparison)
        and {v.value for v in value_names(n)} & items
        and {v.value for v in value_names(n)} & cursors
        for n in body_nodes(loop.body)
    )
    if compared:
        code = f"sorted({ctx.index.code(loop.iter)})"
        edit = structural_edit(ctx, loop.iter, code, "missing function call", SWEEP_PRIOR)
        if edit is not None:
            yield edit


def _running_max(node: cst.CSTNode, items: set[str]) -> str | None:
    """``cursor`` of ``cursor = max(cursor, end)`` where ``end`` is one of the loop's items."""
    if not isinstance(node, cst.Assign) or len(node.targets) != 1:
        return None
    target, value = node.targets[0].target, node.value
    if not isinstance(target, cst.Name) or not _calls(value, "max") or len(value.args) != 2:
        return None
    names = [a.value.value for a in value.args if isinstance(a.value, cst.Name)]
    return target.value if target.value in names and set(names) & items else None


LAYERED_SORT_PRIOR = 0.55


def layered_sort_edits(ctx: Ctx) -> Iterator[Edit]:
    """``for spec in keys: result.sort(key=itemgetter(field))``: sorting a list again and again
    by each key in turn leaves the last key on top, because each stable sort keeps only the
    previous order among ties. Earlier keys are meant to win, so the loop takes them last:
    ``for spec in reversed(keys)``."""
    loop = ctx.site.node
    if not isinstance(loop, cst.For) or not isinstance(loop.iter, (cst.Name, cst.Attribute)):
        return
    items = {n.value for n in value_names(loop.target)}
    bound = {name for n in body_nodes(loop.body) for name in _bound_here(n)}
    for node in body_nodes(loop.body):
        method = node.func if _calls(node, "sort") else None
        receiver = method.value if isinstance(method, cst.Attribute) else None
        if not isinstance(receiver, cst.Name) or receiver.value in bound | items:
            continue
        if any(isinstance(n, cst.Name) and n.value in items for n in all_nodes(loop.body)):
            code = f"reversed({ctx.index.code(loop.iter)})"
            edit = structural_edit(
                ctx, loop.iter, code, "missing function call", LAYERED_SORT_PRIOR
            )
            if edit is not None:
                yield edit
            return


def _bound_here(node: cst.CSTNode) -> list[str]:
    if isinstance(node, cst.Assign):
        return [t.target.value for t in node.targets if isinstance(t.target, cst.Name)]
    return []


STACK_ORDER_PRIOR = 0.45
STACK_NAMES = frozenset({"stack", "stacks", "unclosed"})


def stack_order_edits(ctx: Ctx) -> Iterator[Edit]:
    """``"".join(stack)``: a stack's items were pushed in order and come off the top first,
    so what it still owes (closers for the brackets still open) is written newest first:
    ``"".join(reversed(stack))``."""
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.Call) or callee_name(node) != "join" or len(node.args) != 1:
                continue
            value = node.args[0].value
            if isinstance(value, cst.Name) and name_words(value.value) & STACK_NAMES:
                edit = structural_edit(
                    ctx, value, f"reversed({value.value})", "missing function call",
                    STACK_ORDER_PRIOR,
                )  # fmt: skip
                if edit is not None:
                    yield edit
