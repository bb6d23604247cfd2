"""Loops that stop too early or never move: two slips of ``while`` loops.

- A loop over its inputs forgets the state it carries from one pass to the next:
  ``while i < len(a) or i < len(b):`` drops the final ``carry``; the fix keeps looping while
  the carried value is set (``... or carry``).
- A cursor that links items but never advances: ``tail.next = node`` in the loop with no
  ``tail = tail.next``, so every item overwrites the same link.
- A running bound that is overwritten instead of extended: ``current_end = end`` in a loop
  that compares ``current_end`` should keep ``max(current_end, end)`` (a contained interval
  must not shrink the merged one).
- A counter that never counts: ``opened = 0`` read in the loop and never incremented.
- A walk two steps at a time that checks only the first: ``while fast is not None`` around
  ``fast = fast.next.next`` also needs ``fast.next is not None``.
- The last iterate read after the loop where the tracked one was meant: ``return
  Result(best_answer, tier.model)`` after a loop that keeps ``best_model = tier.model``.
- A previous value that never moves: ``previous = None`` compared in the loop with what the
  loop binds (``key == previous``), or ``prev = base`` subtracted from it (``v - prev``), and
  never rebound; ``previous = key`` ends the pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    _ORDER,
    Ctx,
    _insert_after,
    _make,
    _paren,
    _parent,
    _parse_expr,
    _parse_stmt,
    _replace,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import (
    Function,
    all_nodes,
    bound_names,
    chain_operands,
    sole_assignment,
    unpacked_targets,
    value_names,
)
from selfpatch.patchers.repair._stale import _enclosing_loops

CARRIED_PRIOR = 0.5
ADVANCE_PRIOR = 0.5


def carried_condition_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.While) or not _any_input_left(loop.test):
        return
    in_test = {n.value for n in value_names(loop.test)}
    test = ctx.index.code(loop.test)
    for name in sorted(_carried(_block(loop.body)) - in_test):
        new = _parse_expr(f"{test} or {name}")
        if new is not None:
            yield _replace(ctx, loop.test, new, "loop stops with state carried", CARRIED_PRIOR)


def _any_input_left(test: cst.BaseExpression) -> bool:
    """``while i < len(a) or i < len(b)``, ``while i < n``: a loop over its inputs."""
    if isinstance(test, cst.BooleanOperation):
        return isinstance(test.operator, cst.Or)
    return isinstance(test, cst.Comparison)


def _carried(body: Sequence[cst.BaseStatement]) -> set[str]:
    """Names the loop body reads before it assigns them: their value crosses passes."""
    first: dict[str, str] = {}
    written: set[str] = set()
    for reads, writes in _events(body):
        for name in reads:
            first.setdefault(name, "read")
        for name in writes:
            first.setdefault(name, "write")
        written |= writes
    return {name for name, event in first.items() if event == "read" and name in written}


def _events(body: Sequence[cst.BaseStatement]) -> Iterator[tuple[set[str], set[str]]]:
    """(names read, names written) per step of the body, in execution order."""
    for stmt in body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                yield _small_events(small)
        elif isinstance(stmt, (cst.If, cst.While)):
            yield {n.value for n in value_names(stmt.test)}, set()
            yield from _events(_block(stmt.body))
            orelse = stmt.orelse
            while orelse is not None:
                if isinstance(orelse, cst.If):
                    yield {n.value for n in value_names(orelse.test)}, set()
                yield from _events(_block(orelse.body))
                orelse = orelse.orelse if isinstance(orelse, cst.If) else None


def _small_events(small: cst.BaseSmallStatement) -> tuple[set[str], set[str]]:
    if isinstance(small, cst.Assign):
        targets = [t.target for t in small.targets]
        written = {n.value for t in targets for n in bound_names(t)}
        return {n.value for n in value_names(small.value)}, written
    if isinstance(small, cst.AugAssign):
        read = {n.value for n in value_names(small.target)} | {
            n.value for n in value_names(small.value)
        }
        return read, {n.value for n in bound_names(small.target)}
    return {n.value for n in value_names(small)}, set()


def _block(body: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
    return body.body if isinstance(body, cst.IndentedBlock) else ()


def cursor_advance_edits(ctx: Ctx) -> Iterator[Edit]:
    loop = ctx.site.node
    if not isinstance(loop, cst.While) or not isinstance(loop.body, cst.IndentedBlock):
        return
    body = loop.body.body
    rebound = {name for _, writes in _events(body) for name in writes}
    for cursor, attr in _linked_fields(body):
        if cursor in rebound or cursor == "self":
            continue
        code = f"{cursor} = {cursor}.{attr}"
        new = _parse_stmt(code)
        if new is None:
            continue
        last = body[-1]
        yield _make(ctx, "cursor never advances", ADVANCE_PRIOR,
                    [(last, cst.FlattenSentinel([last, new]))],
                    f"cursor never advances: insert `{code}` at the end of the loop")  # fmt: skip


def _linked_fields(body: Sequence[cst.BaseStatement]) -> list[tuple[str, str]]:
    """(cursor, field) for each ``cursor.field = ...`` the loop assigns, first seen first."""
    found: list[tuple[str, str]] = []
    for stmt in body:
        for node in _assign_targets(stmt):
            if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
                pair = (node.value.value, node.attr.value)
                if pair not in found:
                    found.append(pair)
    return found


def _assign_targets(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    if isinstance(node, cst.Assign):
        for target in node.targets:
            yield from unpacked_targets(target.target)
        return
    for child in node.children:
        yield from _assign_targets(child)


EXTREME_PRIOR = 0.45
UPPER_WORDS = frozenset({"end", "max", "hi", "high", "last", "latest", "upper", "right", "top"})
LOWER_WORDS = frozenset({"start", "min", "lo", "low", "first", "earliest", "lower", "left"})


def running_extreme_edits(ctx: Ctx) -> Iterator[Edit]:
    """``current_end = end`` -> ``current_end = max(current_end, end)`` where ``end`` is an item
    of the loop and the loop carries ``current_end`` from pass to pass and orders it against
    other values: a running bound."""
    stmt = ctx.site.node
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return
    target, value = small.targets[0].target, small.value
    base = _carried_base(target)
    if base is None or not isinstance(value, cst.Name):
        return
    loops = _enclosing_loops(ctx, stmt)
    loop = loops[0] if loops else None
    code = ctx.index.code(target)
    if not isinstance(loop, cst.For) or not _compared_in(ctx, loop, base, code):
        return
    if value.value not in {n.value for n in bound_names(loop.target)}:
        return  # the bound is extended by the items the loop walks
    if not _crosses_passes(_block(loop.body), base, target):
        return
    words = set(name_words(base))
    first = "min" if words & LOWER_WORDS and not words & UPPER_WORDS else "max"
    for callee, prior in ((first, EXTREME_PRIOR), ({"max": "min", "min": "max"}[first], 0.3)):
        new = _parse_expr(f"{callee}({code}, {ctx.index.code(value)})")
        if new is not None:
            yield _replace(ctx, value, new, "running bound overwritten", prior)


def _crosses_passes(body: Sequence[cst.BaseStatement], base: str, target: cst.CSTNode) -> bool:
    """Whether the bound keeps its value from pass to pass: a name the body reads before it
    assigns it, or an item of a container the body never rebinds (``merged[-1][1]``)."""
    if base in _carried(body):
        return True
    rebound = {name for _, writes in _events(body) for name in writes}
    return isinstance(target, cst.Subscript) and base not in rebound


def _carried_base(target: cst.BaseExpression) -> str | None:
    """The variable a bound lives in: ``current_end``, ``current`` of ``current[1]``, or
    ``merged`` of ``merged[-1][1]``."""
    while isinstance(target, cst.Subscript):
        target = target.value
    return target.value if isinstance(target, cst.Name) else None


def _compared_in(ctx: Ctx, loop: cst.For | cst.While, name: str, code: str) -> bool:
    """Whether the loop orders the bound ``code`` (held in ``name``) against something
    (``start <= current_end + gap``, ``start <= current[1]``)."""
    return any(
        isinstance(node, cst.Comparison)
        and any(isinstance(c.operator, _ORDER) for c in node.comparisons)
        and any(n.value == name for n in value_names(node))
        and code in ctx.index.code(node)
        for node in all_nodes(loop.body)
    )


FROZEN_COUNTER_PRIOR = 0.6


def frozen_counter_edits(ctx: Ctx) -> Iterator[Edit]:
    """A counter that never counts: ``opened = 0`` before a loop, read inside it (``room =
    opened``) and never rebound, hands out the same value on every pass. The increment is
    inserted after the statement in the loop that reads it."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not ctx.site.in_loop or not isinstance(stmt, cst.SimpleStatementLine):
        return
    frozen = ctx.index.memo(("frozen counters", id(function)), lambda: _frozen_counters(function))
    for name in dict.fromkeys(n.value for n in value_names(stmt)):
        if name in frozen and _reads(stmt, name):
            edit = _insert_after(
                ctx, f"{name} += 1\n", "missing statement", FROZEN_COUNTER_PRIOR, structural=True
            )
            if edit is not None:
                yield edit


def _frozen_counters(function: Function) -> set[str]:
    """Locals bound once, to an integer literal, outside any loop, and never rebound."""
    bindings = _binding_counts(function)
    counters: set[str] = set()
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Integer):
            counters |= {n.value for t in node.targets for n in bound_names(t.target)}
    top = {
        n.value
        for stmt in function.node.body.body
        if isinstance(stmt, cst.SimpleStatementLine)
        for small in stmt.body
        if isinstance(small, cst.Assign)
        for target in small.targets
        for n in bound_names(target.target)
    }
    return {name for name in counters & top if bindings.get(name) == 1}


CHAINED_NONE_PRIOR = 0.55


def chained_none_edits(ctx: Ctx) -> Iterator[Edit]:
    """``while fast is not None`` (or ``while fast``) whose body steps ``fast.next.next``: the
    intermediate ``fast.next`` may be None too, so the loop tests it as well."""
    loop = ctx.site.node
    if not isinstance(loop, cst.While):
        return
    for name, style in _none_checked(loop.test):
        for middle in _chained_reads(ctx, loop.body, name):
            test = f"{middle} is not None" if style == "is" else middle
            if test in ctx.index.code(loop.test):
                continue
            edit = structural_edit(
                ctx,
                loop.test,
                f"{_paren(loop.test, ctx.index.code(loop.test), cst.And)} and {test}",
                "missing condition",
                CHAINED_NONE_PRIOR,
            )
            if edit is not None:
                yield edit


def _none_checked(test: cst.BaseExpression) -> Iterator[tuple[str, str]]:
    """(name, style) of ``name is not None`` (style "is") and bare ``name`` clauses."""
    for clause in chain_operands(test):
        if isinstance(clause, cst.Name):
            yield clause.value, "truthy"
        elif isinstance(clause, cst.Comparison) and len(clause.comparisons) == 1:
            target = clause.comparisons[0]
            is_none = isinstance(target.comparator, cst.Name) and target.comparator.value == "None"
            is_not = isinstance(target.operator, cst.IsNot)
            if isinstance(clause.left, cst.Name) and is_not and is_none:
                yield clause.left.value, "is"


def _chained_reads(ctx: Ctx, body: cst.BaseSuite, name: str) -> list[str]:
    """``name.next`` of every ``name.next.next`` the body reads."""
    found: list[str] = []
    for node in all_nodes(body):
        if not isinstance(node, cst.Attribute) or not isinstance(node.value, cst.Attribute):
            continue
        inner = node.value
        if isinstance(inner.value, cst.Name) and inner.value.value == name:
            code = ctx.index.code(inner)
            if code not in found:
                found.append(code)
    return found


LEAKED_ITERATE_PRIOR = 0.6


def leaked_iterate_edits(ctx: Ctx) -> Iterator[Edit]:
    """``tier.model`` after ``for tier in tiers:`` whose body keeps ``best_model =
    tier.model``: the value the loop chose, not the last one it saw."""
    block, function = ctx.site.block, ctx.site.function
    if block is None or function is None or ctx.site.index == 0:
        return
    for loop in block[: ctx.site.index]:
        if not isinstance(loop, cst.For):
            continue
        targets = {n.value for n in bound_names(loop.target)}
        kept = _kept_values(ctx, loop)
        for root in ctx.site.roots:
            for node in all_nodes(root):
                if not isinstance(node, (cst.Attribute, cst.Subscript, cst.Name)):
                    continue
                code = ctx.index.code(node)
                if code in kept and {n.value for n in value_names(node)} & targets:
                    edit = _replace(ctx, node, cst.Name(kept[code]), "wrong variable",
                                    LEAKED_ITERATE_PRIOR)  # fmt: skip
                    edit.structural = True
                    yield edit


def _kept_values(ctx: Ctx, loop: cst.For) -> dict[str, str]:
    """``tier.model`` -> ``best_model`` for ``best_model = tier.model`` (or a tuple
    assignment holding it) in the loop's body."""
    found: dict[str, str] = {}
    for node in all_nodes(loop.body):
        if not isinstance(node, cst.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0].target, node.value
        pairs: list[tuple[cst.BaseExpression, cst.BaseExpression]] = [(target, value)]
        if isinstance(target, cst.Tuple) and isinstance(value, cst.Tuple):
            pairs = [
                (t.value, v.value)
                for t, v in zip(target.elements, value.elements, strict=False)
                if len(target.elements) == len(value.elements)
            ]
        for name, kept in pairs:
            if isinstance(name, cst.Name) and not isinstance(kept, cst.Name):
                found.setdefault(ctx.index.code(kept), name.value)
    return found


FROZEN_PREVIOUS_PRIOR = 0.6


def frozen_previous_edits(ctx: Ctx) -> Iterator[Edit]:
    """``previous_key = None`` before the loop, ``if key == previous_key`` (or a delta
    ``key - previous_key``) in it and no other binding: the value of this pass is never kept
    for the next. The assignment goes at the end of the loop's body (where a pass hands over),
    or right after the comparing statement."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not ctx.site.in_loop or not isinstance(stmt, cst.BaseStatement):
        return
    loops = _enclosing_loops(ctx, stmt)
    frozen = ctx.index.memo(("frozen previous", id(function)), lambda: _bound_once(function))
    pairs = [*_compared_pairs(stmt, frozen), *_linked_pairs(ctx, stmt, frozen, loops)]
    for previous, current in pairs:
        loop = next((lp for lp in loops if _root_name(current) in _loop_bound(lp)), None)
        if loop is None:
            continue
        code = f"{previous} = {current}\n"
        new, last = _parse_stmt(code), _last_statement(loop)
        if new is not None and last is not None:
            replacement = cst.FlattenSentinel([last, new])
            description = f"missing statement: insert `{code.strip()}` at the end of the loop"
            end = _make(ctx, "missing statement", FROZEN_PREVIOUS_PRIOR,
                        [(last, replacement)], description)  # fmt: skip
            end.structural = True
            yield end
        edit = _insert_after(
            ctx, code, "missing statement", FROZEN_PREVIOUS_PRIOR * 0.8, structural=True
        )
        if edit is not None:
            yield edit


def _root_name(code: str) -> str:
    """``entry`` of ``entry.get("hash")`` or ``entry["hash"]``."""
    return code.split(".")[0].split("[")[0]


LINK_WORDS = frozenset({"prev", "previous", "last", "prior", "parent", "before"})


def _linked_pairs(
    ctx: Ctx, stmt: cst.BaseStatement, frozen: set[str], loops: list[cst.For | cst.While]
) -> Iterator[tuple[str, str]]:
    """A chain checked link by link: ``entry.get("prev") != prev`` with ``prev`` named as the
    previous item's and never moved on. What a pass hands over is one of the item's other
    fields the loop reads (``entry.get("hash")``), never the link field itself."""
    head = stmt.test if isinstance(stmt, (cst.If, cst.While)) else stmt
    if not isinstance(head, cst.CSTNode) or isinstance(head, cst.BaseCompoundStatement):
        return
    fors = [loop for loop in loops if isinstance(loop, cst.For)]
    for node in all_nodes(head):
        for sides in _pairings(node):
            mine, link = sides
            if not isinstance(mine, cst.Name) or mine.value not in frozen:
                continue
            if not name_words(mine.value) & LINK_WORDS or _field_of(ctx, link) is None:
                continue
            item = _root_name(ctx.index.code(link))
            loop = next((lp for lp in fors if item in _loop_bound(lp)), None)
            if loop is None:
                continue
            for field in _fields_read(ctx, loop, item):
                if field != ctx.index.code(link):
                    yield mine.value, field


def _field_of(ctx: Ctx, node: cst.CSTNode) -> str | None:
    """``"prev"`` of ``entry["prev"]`` or ``entry.get("prev")``, ``prev`` of ``entry.prev``."""
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
        return ctx.index.code(node.slice[0].slice) if len(node.slice) == 1 else None
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
        return node.attr.value
    if (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == "get"
        and isinstance(node.func.value, cst.Name)
        and len(node.args) == 1
        and isinstance(node.args[0].value, cst.SimpleString)
    ):
        return ctx.index.code(node.args[0].value)
    return None


def _fields_read(ctx: Ctx, loop: cst.For | cst.While, item: str) -> list[str]:
    """The distinct field readings of ``item`` in the loop's body, in order."""
    found: list[str] = []
    for node in all_nodes(loop.body):
        if _field_of(ctx, node) is None or _root_name(ctx.index.code(node)) != item:
            continue
        if isinstance(node, cst.Attribute) and isinstance(_parent(ctx, node), cst.Call):
            continue  # a method called on the item, not a field
        code = ctx.index.code(node)
        if code not in found:
            found.append(code)
    return found


def _bound_once(function: Function) -> set[str]:
    """Locals bound once, at the top of the body, to ``None``, a literal or a constant."""
    bindings = _binding_counts(function)
    once: set[str] = set()
    for stmt in function.node.body.body:
        assignment = sole_assignment(stmt)
        if assignment is None:
            continue
        constant = isinstance(assignment.value, cst.Name) and assignment.value.value.isupper()
        if not constant and not _is_initial(assignment.value, function.params):
            continue
        target = (
            assignment.target
            if isinstance(assignment, cst.AnnAssign)
            else assignment.targets[0].target
        )
        if isinstance(target, cst.Name) and bindings.get(target.value) == 1:
            once.add(target.value)
    return once


def _is_initial(value: cst.BaseExpression | None, params: Sequence[str]) -> bool:
    if isinstance(value, cst.Name):
        return value.value == "None" or value.value in params
    return isinstance(value, (cst.SimpleString, cst.Integer, cst.Float, cst.UnaryOperation))


def _compared_pairs(stmt: cst.BaseStatement, frozen: set[str]) -> Iterator[tuple[str, str]]:
    """(frozen, other) of ``other == frozen`` / ``frozen != other`` / ``other - frozen`` in
    the statement's own line (an ``if`` header, not its body)."""
    head = stmt.test if isinstance(stmt, (cst.If, cst.While)) else stmt
    if not isinstance(head, cst.CSTNode) or isinstance(head, cst.BaseCompoundStatement):
        return
    for node in all_nodes(head):
        for sides in _pairings(node):
            mine, other = (s.value if isinstance(s, cst.Name) else "" for s in sides)
            if mine in frozen and other and other not in frozen:
                yield mine, other


def _pairings(node: cst.CSTNode) -> list[tuple[cst.BaseExpression, cst.BaseExpression]]:
    """(previous, current) readings of a node: either side of an equality test, but only
    ``current - previous`` of a delta."""
    if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        left, right = node.left, node.comparisons[0].comparator
        return (
            [(left, right), (right, left)]
            if isinstance(node.comparisons[0].operator, _EQUALITY)
            else []
        )
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Subtract):
        return [(node.right, node.left)]
    return []


_EQUALITY = (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)


def _loop_bound(loop: cst.For | cst.While) -> set[str]:
    """Names the loop's target or body binds."""
    found = {n.value for n in bound_names(loop.target)} if isinstance(loop, cst.For) else set()
    for node in all_nodes(loop.body):
        found.update(_rebinds(node))
    return found


def _last_statement(loop: cst.For | cst.While) -> cst.BaseStatement | None:
    body = loop.body
    if not isinstance(body, cst.IndentedBlock) or not body.body:
        return None
    last = body.body[-1]
    return None if _is_exit(last) else last


def _is_exit(stmt: cst.BaseStatement) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and isinstance(
        stmt.body[-1], (cst.Return, cst.Raise, cst.Continue, cst.Break)
    )


def _binding_counts(function: Function) -> Counter[str]:
    """How many times the function's body binds each name."""
    return Counter(name for node in all_nodes(function.node.body) for name in _rebinds(node))


def _rebinds(node: cst.CSTNode) -> list[str]:
    targets: list[cst.BaseExpression]
    if isinstance(node, cst.Assign):
        targets = [t.target for t in node.targets]
    elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
        targets = [node.target]
    else:
        return []
    return [n.value for target in targets for n in bound_names(target)]


def _reads(stmt: cst.SimpleStatementLine, name: str) -> bool:
    """Whether the statement hands ``name``'s value on (assigns or passes it; a comparison
    alone is not a use that needs a fresh value)."""
    for small in stmt.body:
        value = small.value if isinstance(small, (cst.Assign, cst.Expr)) else None
        if value is None or isinstance(value, cst.Comparison):
            continue
        if any(n.value == name for n in value_names(value)):
            return True
    return False
