"""Keys that skip the normalization every other access applies: ``self._usage.get(
canonical_model(model))`` in one method and ``self._usage.setdefault(model, ...)`` in another
store under the raw key what is looked up under the normal one. The bare key gets the call
the other accesses of the same container make. Likewise a key that is not what the
container's readers are handed: a reader keyed by its parameter shows, at its call sites, the
key the container is meant to be kept under. And a part of a composite key used for the whole:
``key = (name, user_id)`` looks the container up by ``key`` and stores under ``user_id``."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    Function,
    all_nodes,
    descendants,
    sole_assignment,
)

NORMAL_KEY_PRIOR = 0.65
_KEYED = frozenset({"get", "setdefault", "pop"})


def normal_key_edits(ctx: Ctx) -> Iterator[Edit]:
    wrappers = ctx.index.memo(("key wrappers",), lambda: _key_wrappers(ctx.index))
    if not wrappers:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            access = _key_access(ctx.index, node)
            if access is None:
                continue
            container, key = access
            if not isinstance(key, cst.Name):
                continue
            for callee in wrappers.get(container, []):
                new = cst.Call(func=cst.parse_expression(callee), args=[cst.Arg(key)])
                edit = _replace(ctx, key, new, "key not normalized", NORMAL_KEY_PRIOR)
                edit.structural = True
                yield edit


def _key_wrappers(index: FileIndex) -> dict[str, list[str]]:
    """For each container: the one-argument calls its keys go through somewhere in the file."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(index.module):
        access = _key_access(index, node)
        if access is None:
            continue
        container, key = access
        if isinstance(key, cst.Call) and len(key.args) == 1 and not key.args[0].keyword:
            callee = index.code(key.func)
            if callee == "len":
                continue
            if callee not in found.setdefault(container, []):
                found[container].append(callee)
    return found


def _key_access(index: FileIndex, node: cst.CSTNode) -> tuple[str, cst.BaseExpression] | None:
    """(container, key) of ``c[key]``, ``c.get(key, ...)``, ``c.setdefault(key, ...)``,
    ``c.pop(key, ...)`` and ``key in c``."""
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        element = node.slice[0].slice
        if isinstance(element, cst.Index):
            return index.code(node.value), element.value
    if (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.args
        and node.func.attr.value in _KEYED
        and not node.args[0].keyword
    ):
        return index.code(node.func.value), node.args[0].value
    if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        target = node.comparisons[0]
        if isinstance(target.operator, (cst.In, cst.NotIn)):
            return index.code(target.comparator), node.left
    return None


CALLER_KEY_PRIOR = 0.55
MAX_CALLER_KEYS = 3


def caller_key_edits(ctx: Ctx) -> Iterator[Edit]:
    """``self.used[policy.tool] += 1`` where ``remaining(budget_name)`` reads
    ``self.used.get(budget_name)`` and its callers pass ``policy.budget.name``: the write keys
    the container by what its readers are handed, ``self.used[policy.budget.name]``. The key
    may sit in a local first (``key = policy.tool``): the local's value is replaced then."""
    function = ctx.site.function
    if function is None:
        return
    keys = ctx.index.memo(("caller keys",), lambda: _caller_keys(ctx.index))
    if not keys:
        return
    scope = ctx.index.in_scope(function)
    for container, key in _site_keys(ctx, function):
        old = ctx.index.code(key)
        choices = [k for k in keys.get(container, []) if k != old]
        for choice in choices[:MAX_CALLER_KEYS]:
            root = choice.split(".", 1)[0].split("[", 1)[0]
            new = _parse_expr(choice)
            if root in scope and new is not None:
                edit = _replace(ctx, key, new, "wrong key", CALLER_KEY_PRIOR)
                edit.structural = True
                yield edit


def _site_keys(ctx: Ctx, function: Function) -> Iterator[tuple[str, cst.BaseExpression]]:
    """(container, key expression) of the site's keyed accesses whose key is no parameter,
    and of ``key = expr`` when ``key`` keys a container in the function."""
    params = set(function.params)
    for root in ctx.site.roots:
        for node in descendants(root):
            access = _key_access(ctx.index, node)
            if access is not None and isinstance(access[1], (cst.Attribute, cst.Subscript)):
                yield access
    assignment = sole_assignment(ctx.site.node)
    if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return
    target = assignment.targets[0].target
    if not isinstance(target, cst.Name) or target.value in params:
        return
    for node in all_nodes(function.node.body):
        access = _key_access(ctx.index, node)
        if access is not None and ctx.index.code(access[1]) == target.value:
            yield access[0], assignment.value
            return


def _caller_keys(index: FileIndex) -> dict[str, list[str]]:
    """For each container keyed by a parameter of some function: the expressions the file's
    calls of that function pass for the parameter."""
    keyed: dict[tuple[str, int], set[str]] = {}
    for function in index.functions:
        params = [p for p in function.params if p not in {"self", "cls"}]
        for node in all_nodes(function.node.body):
            access = _key_access(index, node)
            if access is None or not isinstance(access[1], cst.Name):
                continue
            if access[1].value in params:
                position = params.index(access[1].value)
                keyed.setdefault((function.name, position), set()).add(access[0])
    found: dict[str, list[str]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, cst.Call):
            continue
        name = index.code(node.func).removeprefix("self.")
        positional = [a for a in node.args if a.keyword is None and not a.star]
        for (callee, position), containers in keyed.items():
            if callee != name or position >= len(positional):
                continue
            passed = index.code(positional[position].value)
            for container in containers:
                if passed not in found.setdefault(container, []):
                    found[container].append(passed)
    return found


KEY_PATH_PRIOR = 0.5


def key_path_edits(ctx: Ctx) -> Iterator[Edit]:
    """``self.load[best.name]`` where the other accesses of ``self.load`` are keyed by
    ``rule.target.name``: the key stops one attribute short of what the container is kept
    under, and gets the missing step, ``best.target.name``."""
    paths = ctx.index.memo(("key paths",), lambda: _key_paths(ctx.index))
    if not paths:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            access = _key_access(ctx.index, node)
            if access is None or not isinstance(access[1], cst.Attribute):
                continue
            container, key = access
            base, _, tail = ctx.index.code(key).partition(".")
            for other in paths.get(container, []):
                if other != tail and other.endswith("." + tail):
                    new = _parse_expr(f"{base}.{other}")
                    if new is not None:
                        yield _replace(ctx, key, new, "wrong key", KEY_PATH_PRIOR)


def _key_paths(index: FileIndex) -> dict[str, list[str]]:
    """For each container: the attribute paths of its keys after their first name
    (``target.name`` of ``rule.target.name``)."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(index.module):
        access = _key_access(index, node)
        if access is None or not isinstance(access[1], cst.Attribute):
            continue
        tail = index.code(access[1]).partition(".")[2]
        if tail and "(" not in tail and tail not in found.setdefault(access[0], []):
            found[access[0]].append(tail)
    return found


COMPOSITE_KEY_PRIOR = 0.7


def composite_key_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None:
        return
    memo_key = ("composite keys", id(function))
    composites = ctx.index.memo(memo_key, lambda: _composite_keys(ctx.index, function))
    for root in ctx.site.roots:
        for node in descendants(root):
            access = _key_access(ctx.index, node)
            key = access[1] if access is not None else None
            if access is None or not isinstance(key, cst.Name):
                continue
            for whole, parts in composites.get(access[0], {}).items():
                if key.value in parts:
                    edit = _replace(ctx, key, cst.Name(whole), "wrong key", COMPOSITE_KEY_PRIOR)
                    edit.structural = True
                    yield edit


def _composite_keys(index: FileIndex, function: Function) -> dict[str, dict[str, set[str]]]:
    """``container -> {key: names in key}`` for the keys the function binds to a tuple of names
    (``key = (name, user_id)``) and accesses a container by."""
    tuples: dict[str, set[str]] = {}
    for node in all_nodes(function.node.body):
        assign = sole_assignment(node) if isinstance(node, cst.SimpleStatementLine) else None
        if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
            continue
        target, value = assign.targets[0].target, assign.value
        if isinstance(target, cst.Name) and isinstance(value, cst.Tuple):
            names = {e.value.value for e in value.elements if isinstance(e.value, cst.Name)}
            tuples[target.value] = names
    found: dict[str, dict[str, set[str]]] = {}
    for node in all_nodes(function.node.body):
        access = _key_access(index, node)
        if access is not None and isinstance(access[1], cst.Name) and access[1].value in tuples:
            found.setdefault(access[0], {})[access[1].value] = tuples[access[1].value]
    return found
