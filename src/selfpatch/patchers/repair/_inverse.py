"""Missing inverse update: paired methods undo each other's state changes (``acquire`` counts
up what ``release`` counts down, ``open`` adds what ``close`` removes). When one update of
the pair has its inverse in this method and another has none, the missing inverse is a
forgotten statement whose text the code itself dictates."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_after,
    _insert_before,
    _is_docstring_or_import,
    _is_terminal,
    _normal,
    _parse_stmt,
    _sole_small,
    _takes_out,
    sole_guard,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    Function,
    callee_name,
    is_int,
    sole_assignment,
    source_of,
    value_names,
)
from selfpatch.patchers.repair._statements import adapt_update

INVERSE_PRIOR = 0.65
INVERSE_METHODS = {
    "append": "remove", "remove": "append", "add": "discard", "discard": "add",
    "appendleft": "remove",
}  # fmt: skip


def inverse_edits(ctx: Ctx) -> Iterator[Edit]:
    function, block = ctx.site.function, ctx.site.block
    if function is None or function.cls is None or block is None:
        return
    if _is_docstring_or_import(ctx.site.node):
        return
    updates = [ctx.index.code(u) for u in function.updates]
    floored = [f for f in map(_unfloored, updates) if f is not None]
    own = {_normal(u) for u in updates} | {_normal(f) for f in floored}
    present = {_normal(ctx.index.code(s)) for s in block}
    body = ctx.index.memo(
        ("body", id(function)), lambda: _normal(ctx.index.code(function.node.body))
    )
    for sibling in ctx.index.siblings(function):
        key = ("inverses", id(function), id(sibling))
        inverses = ctx.index.memo(key, partial(_inverses, ctx, sibling, function))
        paired = _named_inverses(function.name, sibling.name)
        undoing = [c for c in inverses if not _counts_changes_code(c)]
        if not paired and not any(_normal(c) in own or _undone_here(c, body) for c in undoing):
            continue  # nothing here undoes the sibling's updates: not a pair of inverse methods
        for code in inverses:
            if _normal(code) not in own | present and not _undone_here(code, body):
                yield from _insertions(ctx, _floored(code) if floored else code)


OPPOSITE_WORDS = {
    "add": "remove", "open": "close", "acquire": "release", "attach": "detach",
    "subscribe": "unsubscribe", "connect": "disconnect", "push": "pop", "enable": "disable",
    "charge": "refund", "debit": "credit", "grant": "revoke", "reserve": "release",
    "increment": "decrement", "borrow": "repay",
}  # fmt: skip


def _named_inverses(name: str, other: str) -> bool:
    """``unpin`` and ``pin``, ``remove_tool`` and ``add_tool``: names that say one method
    undoes the other, one word apart."""
    words, others = name.lstrip("_").split("_"), other.lstrip("_").split("_")
    if len(words) != len(others):
        return False
    differ = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    return (
        a == "un" + b or b == "un" + a or OPPOSITE_WORDS.get(a) == b or OPPOSITE_WORDS.get(b) == a
    )


REMOVALS = (".pop(", ".popleft(", ".remove(", ".discard(", ".clear(")


def _undone_here(code: str, body: str) -> bool:
    """Whether the function already takes items out of the container a ``.remove(x)``-style
    inverse would (``self.items.pop()``, ``del self.items[i]``): it undoes the sibling's
    addition its own way, so the two methods are a pair. A call the body makes as part of a
    larger statement (``at, name = heapq.heappop(self._heap)``) counts as made."""
    if code.endswith(")") and _normal(code) in body:
        return True
    receiver = code.split(".remove(")[0].split(".discard(")[0].split(".pop(")[0]
    if receiver == code:
        return False
    return _takes_out(receiver, lambda fragment: _normal(fragment) in body, REMOVALS)


def _inverses(ctx: Ctx, sibling: Function, function: Function) -> list[str]:
    """The inverse of each of the sibling's updates, written with this function's names, under
    the sibling's guard when it has one this function does not test (``if parent is not None:``
    says when the update applies, and its inverse applies in the same cases)."""
    available = ctx.index.in_scope(function) | BUILTIN_NAMES | {"self", "cls"}
    own_tests = {_normal(ctx.index.code(c)) for c in function.conditions}
    found: list[str] = []
    for update in sibling.updates:
        undone = _inverse(ctx.index.code(update.with_changes(leading_lines=())))
        stmt = _parse_stmt(undone) if undone is not None else None
        # adapted after inverting: ``m.pop(k)`` needs the key in scope here, not the value
        inverse = (
            adapt_update(ctx, stmt, sibling, function, available, stored=True) if stmt else None
        )
        if inverse is None:
            continue
        guard = sole_guard(ctx, update)
        test = adapt_update(ctx, guard.test, sibling, function, available) if guard else None
        if test is not None and _normal(test) not in own_tests:
            inverse = f"if {test}:\n    {inverse}"
        elif guard is not None and test is None:
            continue
        found.append(inverse)
    return found


def _unfloored(code: str) -> str | None:
    """``t = max(0, t - v)``: the undoing ``t -= v`` written so it never goes below zero."""
    assign = _sole_small(_parse_stmt(code) or cst.Pass())
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    value, target = assign.value, _normal(source_of(assign.targets[0].target))
    if not isinstance(value, cst.Call) or callee_name(value) != "max" or len(value.args) != 2:
        return None
    zero, rest = (arg.value for arg in value.args)
    if isinstance(zero, cst.BinaryOperation):
        zero, rest = rest, zero
    if not is_int(zero, 0):
        return None
    if not isinstance(rest, cst.BinaryOperation) or not isinstance(rest.operator, cst.Subtract):
        return None
    left, right = source_of(rest.left), source_of(rest.right)
    return f"{target} -= {right}" if _normal(left) == target else None


def _floored(code: str) -> str:
    """``t -= v`` in the floored shape the function gives its other undoing updates."""
    augmented = _sole_small(_parse_stmt(code) or cst.Pass())
    if not isinstance(augmented, cst.AugAssign) or not isinstance(
        augmented.operator, cst.SubtractAssign
    ):
        return code
    target, value = source_of(augmented.target), source_of(augmented.value)
    return f"{target} = max(0, {target} - {value})"


def _insertions(ctx: Ctx, code: str) -> Iterator[Edit]:
    edits = []
    if not _renormalizes(ctx.site.node, code):
        edits.append(_insert_before(ctx, code + "\n", "missing inverse update", INVERSE_PRIOR))
    if not _is_terminal(ctx.site.node):
        edits.append(
            _insert_after(ctx, code + "\n", "missing inverse update", INVERSE_PRIOR * 0.95)
        )
    for edit in edits:
        if edit is not None:
            edit.structural = True
            yield edit


def _renormalizes(stmt: cst.CSTNode, code: str) -> bool:
    """``name = canonical(name)``: an update that reads ``name`` belongs after it, where the
    value has its settled form (the sibling's update reads it there too)."""
    assign = sole_assignment(stmt)
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return False
    target = assign.targets[0].target
    if not isinstance(target, cst.Name):
        return False
    read = {name.value for name in value_names(assign.value)}
    update = _parse_stmt(code)
    return (
        target.value in read
        and update is not None
        and any(name.value == target.value for name in value_names(update))
    )


MONOTONIC_WORDS = frozenset(
    {"version", "revision", "generation", "epoch", "seq", "serial", "changes", "mutations"}
    | {"writes", "tick", "ticks", "clock", "modifications", "edits", "etag"}
)


def _inverse(code: str) -> str | None:
    stmt = _parse_stmt(code)
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    new: cst.BaseSmallStatement | None = None
    if _counts_changes(small):
        return code  # undoing a change is a change too: the version moves on, never back
    if isinstance(small, cst.AugAssign) and isinstance(
        small.operator, (cst.AddAssign, cst.SubtractAssign)
    ):
        flipped = (
            cst.SubtractAssign() if isinstance(small.operator, cst.AddAssign) else cst.AddAssign()
        )
        new = small.with_changes(operator=flipped)
    elif isinstance(small, cst.Assign) and isinstance(small.value, cst.BinaryOperation):
        operator = small.value.operator
        if isinstance(operator, (cst.Add, cst.Subtract)):
            flipped_op = cst.Subtract() if isinstance(operator, cst.Add) else cst.Add()
            new = small.with_changes(value=small.value.with_changes(operator=flipped_op))
    elif isinstance(small, cst.Assign) and (target := _keyed_target(small)) is not None:
        pop = cst.Attribute(value=target.value, attr=cst.Name("pop"))
        key = target.slice[0].slice
        assert isinstance(key, cst.Index)
        new = cst.Expr(value=cst.Call(func=pop, args=[cst.Arg(key.value)]))
    elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        new = _inverse_call(small, small.value)
    if new is None:
        return None
    return cst.Module(body=[stmt.with_changes(body=[new])]).code.strip()


def _counts_changes(small: cst.BaseSmallStatement) -> bool:
    """``self.version += 1``: a counter of changes, which only ever goes up."""
    if not isinstance(small, cst.AugAssign) or not isinstance(small.operator, cst.AddAssign):
        return False
    return is_int(small.value, 1) and bool(name_words(source_of(small.target)) & MONOTONIC_WORDS)


def _counts_changes_code(code: str) -> bool:
    stmt = _parse_stmt(code)
    return isinstance(stmt, cst.SimpleStatementLine) and _counts_changes(stmt.body[0])


def _keyed_target(small: cst.Assign) -> cst.Subscript | None:
    """The ``m[k]`` of ``m[k] = v`` (one target, one plain key): its inverse is ``m.pop(k)``."""
    if len(small.targets) != 1:
        return None
    target = small.targets[0].target
    if not isinstance(target, cst.Subscript) or len(target.slice) != 1:
        return None
    return target if isinstance(target.slice[0].slice, cst.Index) else None


def _inverse_call(small: cst.Expr, call: cst.Call) -> cst.Expr | None:
    func = call.func
    if callee_name(call) == "heappush" and len(call.args) == 2:  # undone by heappop(heap)
        popped = cst.Name("heappop")
        func = func.with_changes(attr=popped) if isinstance(func, cst.Attribute) else popped
        heap = call.args[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        return small.with_changes(value=call.with_changes(func=func, args=[heap]))
    if not isinstance(func, cst.Attribute) or func.attr.value not in INVERSE_METHODS:
        return None
    receiver = func.value
    if isinstance(receiver, cst.Name) and receiver.value in {"self", "cls"}:
        return None  # the object's own method, not a container's: no known inverse
    if (  # ``m.setdefault(k, []).append(x)`` is undone by ``m[k].remove(x)``
        isinstance(receiver, cst.Call)
        and isinstance(receiver.func, cst.Attribute)
        and receiver.func.attr.value == "setdefault"
        and receiver.args
    ):
        receiver = _entry(receiver, receiver.func, tolerant=func.attr.value == "add")
    renamed = func.with_changes(value=receiver, attr=cst.Name(INVERSE_METHODS[func.attr.value]))
    return small.with_changes(value=call.with_changes(func=renamed))


def _entry(setdefault: cst.Call, func: cst.Attribute, tolerant: bool) -> cst.BaseExpression:
    """The entry ``m.setdefault(k, d)`` made: ``m[k]``, or ``m.get(k, d)`` for an inverse that
    tolerates a missing item (``discard``), which then tolerates a missing entry too."""
    key = setdefault.args[0].value
    if tolerant and len(setdefault.args) == 2:
        get = func.with_changes(attr=cst.Name("get"))
        return setdefault.with_changes(func=get)
    return cst.Subscript(value=func.value, slice=[cst.SubscriptElement(cst.Index(key))])
