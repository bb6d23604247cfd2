"""Statement families: order, moves, deletions, and statements that sibling code performs
and this code lacks (analogy, forgotten companion updates)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_after,
    _insert_before,
    _is_docstring_or_import,
    _is_terminal,
    _make,
    _normal,
    _parent,
    _parse_stmt,
    _show,
    _similarity,
    _sole_small,
    sole_call,
    sole_guard,
)
from selfpatch.patchers.repair._edits import Edit, Replacement
from selfpatch.patchers.repair._index import (
    BUILTIN_NAMES,
    STORING_CALLS,
    Function,
    all_nodes,
    callee_name,
    descendants,
    locally_bound,
    read_state,
    sole_assignment,
    value_names,
    written_state,
)


def statement_order_edits(ctx: Ctx) -> Iterator[Edit]:
    site, block = ctx.site, ctx.site.block
    if block is None or _is_docstring_or_import(site.node):
        return
    i = site.index
    stmt = block[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(block) and not _is_docstring_or_import(block[j]):
            a, b = (block[j], stmt) if j < i else (stmt, block[j])
            callee = _registration(ctx, a)
            registrations = bool(callee) and callee == _registration(ctx, b)
            late = _late_snapshot(ctx, a, b, block)
            edit = _make(
                ctx,
                "statement order",
                REGISTRATION_ORDER_PRIOR if registrations or late else 0.45,
                [(a, b), (b, a)],
                f"swap statements `{_show(ctx.index.code(a))}` and `{_show(ctx.index.code(b))}`",
            )
            edit.structural = late
            yield edit
    for j in (i - 2, i + 2, i - 3, i + 3):
        if 0 <= j < len(block) and not _is_docstring_or_import(block[j]):
            before: Replacement = cst.FlattenSentinel([stmt, block[j]])
            if j > i:
                before = cst.FlattenSentinel([block[j], stmt])
            yield _make(
                ctx,
                "move statement",
                0.25,
                [(block[j], before), (stmt, cst.RemovalSentinel.REMOVE)],
                f"move `{_show(ctx.index.code(stmt))}` {'up' if j < i else 'down'} {abs(j - i)}",
            )
    if len(block) > 1 and not isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
        yield _make(
            ctx,
            "delete statement",
            0.12,
            [(stmt, cst.RemovalSentinel.REMOVE)],
            f"delete `{_show(ctx.index.code(stmt))}`",
            deletes=True,
        )


def _late_snapshot(
    ctx: Ctx, update: cst.BaseStatement, copy: cst.BaseStatement, block: Sequence[cst.CSTNode]
) -> bool:
    """``level = ...`` then ``prev_level = level``, with ``level - prev_level`` read later in
    the block: the copy taken after the update makes that change always zero; it was meant
    to keep the value from before."""
    updated, copied = sole_assignment(update), sole_assignment(copy)
    if not isinstance(updated, cst.Assign) or not isinstance(copied, cst.Assign):
        return False
    if len(updated.targets) != 1 or len(copied.targets) != 1:
        return False
    name, snapshot = updated.targets[0].target, copied.targets[0].target
    if not isinstance(name, cst.Name) or not isinstance(snapshot, cst.Name):
        return False
    if not isinstance(copied.value, cst.Name) or copied.value.value != name.value:
        return False
    change = {f"{name.value} - {snapshot.value}", f"{snapshot.value} - {name.value}"}
    later = block[list(block).index(copy) + 1 :]
    return any(c in ctx.index.code(stmt) for stmt in later for c in change)


CHECK_AFTER_ADD_PRIOR = 0.85


def check_after_add_edits(ctx: Ctx) -> Iterator[Edit]:
    """``seen.add(x)`` followed by ``if x in seen:`` makes the test always true: the record
    belongs after the check (a visited set, a repeat detector, a dedupe)."""
    block, stmt = ctx.site.block, ctx.site.node
    added = _added_to(ctx, stmt)
    if block is None or added is None:
        return
    for later in block[ctx.site.index + 1 :]:
        if _tests_membership(ctx, later, *added):
            edit = _make(
                ctx,
                "statement order",
                CHECK_AFTER_ADD_PRIOR,
                [(later, cst.FlattenSentinel([later, stmt])), (stmt, cst.RemovalSentinel.REMOVE)],
                f"move `{_show(ctx.index.code(stmt))}` after the check it makes always true",
            )
            edit.structural = True
            yield edit
            return


def _added_to(ctx: Ctx, stmt: cst.CSTNode) -> tuple[str, str] | None:
    """(value, container) of a statement that only adds a value to a container."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    call = small.value if isinstance(small, cst.Expr) else None
    if (
        isinstance(call, cst.Call)
        and isinstance(call.func, cst.Attribute)
        and call.func.attr.value in STORING_CALLS
        and call.args
    ):
        value = call.args[-1] if call.func.attr.value == "insert" else call.args[0]
        return ctx.index.code(value.value), ctx.index.code(call.func.value)
    assignment = sole_assignment(stmt)
    if isinstance(assignment, cst.Assign) and len(assignment.targets) == 1:
        target = assignment.targets[0].target
        if isinstance(target, cst.Subscript) and len(target.slice) == 1:
            key = target.slice[0].slice
            if isinstance(key, cst.Index):
                return ctx.index.code(key.value), ctx.index.code(target.value)
    return None


def _tests_membership(ctx: Ctx, stmt: cst.CSTNode, value: str, container: str) -> bool:
    if not isinstance(stmt, (cst.If, cst.While)):
        return False
    for node in descendants(stmt.test):
        if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
            right = node.comparisons[0]
            if (
                isinstance(right.operator, (cst.In, cst.NotIn))
                and ctx.index.code(node.left) == value
                and ctx.index.code(right.comparator) == container
            ):
                return True
    return False


HEAPIFY_PRIOR = 0.6
HEAP_READS = ("heappop", "heapreplace", "heappushpop")


def heapify_edits(ctx: Ctx) -> Iterator[Edit]:
    """A list filled with ``append`` and then consumed with ``heapq.heappop`` was never made a
    heap: ``heapq.heapify(h)`` goes before the loop (or statement) that consumes it."""
    stmt, function = ctx.site.node, ctx.site.function
    if function is None or (ctx.site.in_loop and not isinstance(stmt, (cst.While, cst.For))):
        return
    for node in all_nodes(stmt):
        if not isinstance(node, cst.Call) or callee_name(node) not in HEAP_READS or not node.args:
            continue
        heap = ctx.index.code(node.args[0].value)
        module = ctx.index.code(node.func).rpartition(".")[0]
        body = ctx.index.function_code(function)
        filled = f"{heap}.append(" in body or f"{heap}.extend(" in body
        if module and filled and f"heapify({heap})" not in body:
            edit = _insert_before(
                ctx, f"{module}.heapify({heap})\n", "missing call", HEAPIFY_PRIOR, structural=True
            )
            if edit is not None:
                yield edit
            return


REGISTRATION_ORDER_PRIOR = 0.85
"""Hooks, middleware, routes and handlers run in the order they were registered; a sequence of
calls to one registering function is rare and cheap to permute, and the order is a common bug."""


def _registration(ctx: Ctx, stmt: cst.CSTNode) -> str:
    """The callee of a statement that is a bare call with arguments (``app.use(auth)``), or ""."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return ""
    small = stmt.body[0]
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call) and small.value.args:
        return ctx.index.code(small.value.func)
    return ""


def analogy_edits(ctx: Ctx) -> Iterator[Edit]:
    """Insert a state update or call that sibling code performs and this code lacks. Where the
    sibling guards the update (``if goal.parent is not None: ...``), the guarded copy goes
    first: the guard says when the update applies, and a bare copy breaks the other cases. So
    does an update adapted to the item this code holds from the container the sibling takes
    its item from (``self.used -= len(victim.text)`` for ``len(memory.text)``), and one the
    sibling makes right before the statement at this site (``self.emitted += out`` before
    ``return out``)."""
    function, block = ctx.site.function, ctx.site.block
    if function is None or block is None or isinstance(ctx.site.node, (cst.FunctionDef,)):
        return
    present = {_normal(ctx.index.code(s)) for s in block}
    available = ctx.index.in_scope(function) | BUILTIN_NAMES | {"self", "cls"}
    candidates: dict[str, float] = {}
    guarded: dict[str, float] = {}
    wipes: set[str] = set()
    own_tests = {_normal(ctx.index.code(c)) for c in function.conditions}
    tokens = set(function.name.strip("_").split("_"))
    on_path = _enclosing_statements(ctx)
    own = _normal(ctx.index.code(ctx.site.node))
    after_site: set[str] = set()
    site_callee = _called(ctx, ctx.site.node)
    for sibling in [function, *ctx.index.siblings(function)]:
        related = bool(tokens & set(sibling.name.strip("_").split("_")))
        prior = 0.5 if sibling is function else (0.6 if related else 0.42)
        for update in sibling.updates:
            if any(update is s for s in on_path):
                continue  # already runs on the way here: repeating it is rarely the fix
            items: list[str] = []
            code = adapt_update(ctx, update, sibling, function, available, items)
            if code is None or _normal(code) in present:
                continue
            boosted = _companion_prior(ctx, update, sibling, function, prior)
            if items or (sibling is not function and _precedes(ctx, update) == own):
                # the same update of the same kind of item, or right before the statement
                # the sibling shares with this site (``return out``): likelier than a bare copy
                guarded[code] = max(guarded.get(code, 0.0), boosted)
                continue
            candidates[code] = max(candidates.get(code, 0.0), boosted)
            if site_callee and sibling is not function and _follows_call(ctx, update, site_callee):
                after_site.add(code)
            if sibling.name == "__init__" and _empties_container(update):
                wipes.add(code)
            guard = sole_guard(ctx, update) if sibling is not function else None
            if guard is None or _normal(ctx.index.code(guard.test)) in own_tests:
                continue  # no guard, or this function tests the same: the bare copy is enough
            copy = adapt_update(ctx, guard, sibling, function, available)
            if copy is not None and _normal(copy) not in present:
                guarded[copy] = max(guarded.get(copy, 0.0), boosted)
    yield from _analogy_inserts(ctx, guarded, structural=True)
    yield from _analogy_inserts(ctx, candidates, structural=False, wipes=wipes, after=after_site)


def _precedes(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    """The normalised code of the statement right after ``stmt`` in its block, if any."""
    block = _parent(ctx, stmt)
    body = getattr(block, "body", None)
    if not isinstance(body, (list, tuple)):
        return None
    position = next((i for i, s in enumerate(body) if s is stmt), None)
    if position is None or position + 1 >= len(body):
        return None
    return _normal(ctx.index.code(body[position + 1]))


def _analogy_inserts(
    ctx: Ctx,
    candidates: dict[str, float],
    *,
    structural: bool,
    wipes: frozenset[str] | set[str] = frozenset(),
    after: frozenset[str] | set[str] = frozenset(),
) -> Iterator[Edit]:
    """Insert each candidate before and after the site. Emptying a container the constructor
    sets up throws away what it holds: among plausible patches, it goes with the weakenings.
    An update the sibling makes after a call like the one at this site, put before it here,
    reverses the sibling's order: among plausible patches it comes after the others."""
    terminal = _is_terminal(ctx.site.node)
    for code, prior in sorted(candidates.items(), key=lambda kv: -kv[1])[:24]:
        before = _insert_before(ctx, code + "\n", "missing statement", prior)
        if before is not None and code in after:
            before.suspect = "goes before the call the sibling makes it after"
        edits = [before]
        if not terminal:
            edits.append(_insert_after(ctx, code + "\n", "missing statement", prior * 0.95))
        for edit in edits:
            if edit is not None:
                edit.structural = structural
                edit.weakens = code in wipes
                yield edit


def _follows_call(ctx: Ctx, update: cst.CSTNode, callee: str) -> bool:
    """Whether, in its block, ``update`` comes after a call to ``callee`` (``self._move("done")``
    ... ``self.ended_at = ...`` for a site ``self._move("failed")``)."""
    body = getattr(_parent(ctx, update), "body", None)
    if not isinstance(body, (list, tuple)):
        return False
    for stmt in body:
        if stmt is update:
            return False
        if _called(ctx, stmt) == callee:
            return True
    return False


def _called(ctx: Ctx, stmt: cst.CSTNode) -> str | None:
    """The callee's code of a statement that is one call (``self._move`` for ``self._move(x)``)."""
    call = sole_call(stmt)
    return ctx.index.code(call.func) if call is not None else None


_CONTAINER_TYPES = {"dict", "list", "set", "deque", "OrderedDict", "defaultdict", "Counter"}


def _empties_container(update: cst.CSTNode) -> bool:
    """``self.items = []``, ``self.seen = set()``: a fresh, empty container."""
    assign = sole_assignment(update)
    value = assign.value if isinstance(assign, cst.Assign) else None
    if isinstance(value, (cst.List, cst.Dict, cst.Set)):
        return not value.elements
    return isinstance(value, cst.Call) and callee_name(value) in _CONTAINER_TYPES


COMPANION_PRIOR = 0.75


FIELD_MATCH_BONUS = 0.1


def _companion_prior(
    ctx: Ctx, update: cst.SimpleStatementLine, sibling: Function, function: Function, prior: float
) -> float:
    """A forgotten companion update is the likeliest missing statement: the sibling changes some
    state this function changes too, and alongside it keeps another piece of state up to date
    (a total, a counter, an index) that this function never writes. It is likelier still when
    that state is named like an output field that came out wrong."""
    if sibling is function or sibling.name == "__init__":
        return prior  # construction sets up every field once: a companion of none of them
    writes = written_state(update, ctx.index.code)
    if not writes:
        return prior
    own_writes = ctx.index.writes(function)
    if writes & own_writes:
        return prior
    related = ctx.index.writes(sibling) | read_state(update, ctx.index.code)
    shared = (related & own_writes) - writes
    roots = {_root(path) for path in shared}
    if not any(_root(w) in roots for w in writes):
        return prior  # the update keeps some other object's state: not a companion
    bonus = FIELD_MATCH_BONUS if any(ctx.evidence.names_field(w) for w in writes) else 0.0
    return max(prior, COMPANION_PRIOR + bonus)


def _root(path: str) -> str:
    return path.split(".", 1)[0].split("[", 1)[0]


def _enclosing_statements(ctx: Ctx) -> list[cst.CSTNode]:
    """Statements of the blocks that enclose the site (they run before or around it)."""
    found: list[cst.CSTNode] = []
    node: cst.CSTNode | None = ctx.site.node
    while node is not None and not isinstance(node, cst.FunctionDef):
        if isinstance(node, (cst.IndentedBlock, cst.Module)):
            found.extend(node.body)
        node = _parent(ctx, node)
    return found


def adapt_update(
    ctx: Ctx,
    update: cst.CSTNode,
    sibling: Function,
    function: Function,
    available: set[str],
    items: list[str] | None = None,
    stored: bool = False,
) -> str | None:
    """The update's code (or a condition's) with the sibling's parameters renamed to this
    function's, if it fits, and its locals holding an item of a container renamed to this
    function's local holding the same kind of item (each such name goes into ``items``).
    With ``stored``, a local the sibling stored under a key (``self._items[key] = text``) may
    be read back from there (``self._items[key]``) by a function that has that key."""
    rename: dict[str, str] = {}
    available = available | locally_bound(update)
    for name in value_names(update):
        if name.value in available:
            continue
        param = _param_counterpart(name.value, sibling, function)
        if param is not None:
            rename[name.value] = param
            continue
        counterpart = _same_element(ctx, name.value, sibling, function)
        if counterpart is None and stored:
            counterpart = _stored_entry(ctx, name.value, sibling, function, available)
        if counterpart is None:
            return None
        rename[name.value] = counterpart
        if items is not None:
            items.append(counterpart)
    if isinstance(update, cst.BaseStatement) and hasattr(update, "leading_lines"):
        update = update.with_changes(leading_lines=())
    code = ctx.index.code(update).strip()
    for old, new in rename.items():
        code = re.sub(rf"\b{re.escape(old)}\b", new, code)
    return code


def _stored_entry(
    ctx: Ctx, name: str, sibling: Function, function: Function, available: set[str]
) -> str | None:
    """``self._items[key]`` for the ``text`` the sibling stores with ``self._items[key] =
    text``, when this function has ``key`` (as itself or at the same parameter position)."""
    for node in all_nodes(sibling.node.body):
        if not isinstance(node, cst.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0].target
        if not isinstance(node.value, cst.Name) or node.value.value != name:
            continue
        if not isinstance(target, cst.Subscript) or len(target.slice) != 1:
            continue
        key = target.slice[0].slice
        if not isinstance(key, cst.Index) or not isinstance(key.value, cst.Name):
            continue
        ours: str | None = key.value.value
        if ours not in available:
            ours = _param_counterpart(key.value.value, sibling, function)
        if ours is not None:
            return f"{ctx.index.code(target.value)}[{ours}]"
    return None


def _param_counterpart(name: str, sibling: Function, function: Function) -> str | None:
    """This function's parameter at the position of the sibling's parameter ``name``."""
    if name not in sibling.params:
        return None
    position = sibling.params.index(name)
    return function.params[position] if position < len(function.params) else None


def _same_element(ctx: Ctx, name: str, sibling: Function, function: Function) -> str | None:
    """This function's local for the item the sibling's ``name`` holds: ``memory`` popped
    from ``self._items`` there is ``victim``, the minimum of ``self._items.values()``, here.
    The key a loop takes from a mapping is not one of its values."""
    theirs = ctx.index.memo(("elements", id(sibling)), lambda: _element_locals(ctx, sibling))
    source = theirs.get(name)
    if source is None:
        return None
    ours = ctx.index.memo(("elements", id(function)), lambda: _element_locals(ctx, function))
    matches = [local for local, taken in ours.items() if taken == source]
    return matches[0] if len(matches) == 1 else None


_TAKES_ONE = frozenset({"pop", "get", "popitem", "setdefault"})
_PICKS_ONE = frozenset({"min", "max", "next"})


def _element_locals(ctx: Ctx, function: Function) -> dict[str, tuple[str, str]]:
    """Each local bound to one item of a container, with how it was taken and the container:
    a value (``x = c.pop(k)``, ``x = c[k]``, ``x = min(c.values())``, ``for x in c.values()``)
    or an element the container iterates over (``x = min(c)``, ``for x in c``), which for a
    mapping is a key."""
    found: dict[str, tuple[str, str]] = {}
    for node in all_nodes(function.node.body):
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            target, source = node.targets[0].target, _item_source(ctx, node.value)
        elif isinstance(node, cst.For):
            target, source = node.target, _iterated(ctx, node.iter)
        else:
            continue
        if isinstance(target, cst.Name) and source is not None:
            found.setdefault(target.value, source)
    return found


def _item_source(ctx: Ctx, value: cst.BaseExpression) -> tuple[str, str] | None:
    if isinstance(value, cst.Subscript):
        return "value", ctx.index.code(value.value)
    if not isinstance(value, cst.Call):
        return None
    if isinstance(value.func, cst.Attribute) and value.func.attr.value in _TAKES_ONE:
        return "value", ctx.index.code(value.func.value)
    if callee_name(value) in _PICKS_ONE and value.args:
        return _iterated(ctx, value.args[0].value)
    return None


def _iterated(ctx: Ctx, source: cst.BaseExpression) -> tuple[str, str] | None:
    """What iterating ``source`` yields: the values of ``c`` for ``c.values()``, the elements
    of ``c`` (a mapping's keys) for a field ``c``."""
    if (
        isinstance(source, cst.Call)
        and isinstance(source.func, cst.Attribute)
        and source.func.attr.value == "values"
    ):
        return "value", ctx.index.code(source.func.value)
    return ("element", ctx.index.code(source)) if isinstance(source, cst.Attribute) else None


SIBLING_VERSION_PRIOR = 0.45
TAKING_VERSION_PRIOR = 0.7
SIBLING_SIMILARITY = 0.7


def sibling_version_edits(ctx: Ctx) -> Iterator[Edit]:
    """A statement that a sibling method writes almost the same way, with a difference that
    matters (``call = self.pending[call_id]`` where the sibling pops it:
    ``call = self.pending.pop(call_id)``): the sibling's version replaces this one."""
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or function.cls is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    target = _assign_target(ctx, stmt)
    if target is None:
        return
    own = _normal(ctx.index.code(stmt.with_changes(leading_lines=())))
    available = ctx.index.in_scope(function) | BUILTIN_NAMES | {"self", "cls"}
    seen: set[str] = set()
    for sibling in ctx.index.siblings(function):
        for other in sibling.statements:
            if (
                not isinstance(other, cst.SimpleStatementLine)
                or _assign_target(ctx, other) != target
            ):
                continue
            code = adapt_update(ctx, other, sibling, function, available)
            if code is None or _normal(code) == own or code in seen:
                continue
            if _similarity(own, _normal(code)) < SIBLING_SIMILARITY:
                continue
            seen.add(code)
            new = _parse_stmt(code + "\n")
            if isinstance(new, cst.SimpleStatementLine):
                new = new.with_changes(leading_lines=stmt.leading_lines)
                takes = _takes_out_instead(stmt, new)
                prior = TAKING_VERSION_PRIOR if takes else SIBLING_VERSION_PRIOR
                edit = _make(ctx, "sibling's version", prior, [(stmt, new)],
                             f"sibling's version: `{_show(own)}` -> `{_show(code)}`")  # fmt: skip
                edit.structural = takes
                yield edit


def _takes_out_instead(old: cst.CSTNode, new: cst.CSTNode) -> bool:
    """The sibling pops what this statement only reads (``.get(k)`` -> ``.pop(k, None)``):
    the entry was meant to leave the container here too."""

    def methods(node: cst.CSTNode) -> set[str]:
        return {callee_name(c) for c in all_nodes(node) if isinstance(c, cst.Call)}

    before, after = methods(old), methods(new)
    return "get" in before - after and bool((after - before) & {"pop", "popitem"})


def _assign_target(ctx: Ctx, stmt: cst.SimpleStatementLine) -> str | None:
    assignment = sole_assignment(stmt)
    if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return None
    return ctx.index.code(assignment.targets[0].target)


KEPT_VALUE_PRIOR = 0.6


def kept_value_edits(ctx: Ctx) -> Iterator[Edit]:
    """``self._holds.pop(hold_id)`` drops a value that a sibling keeps from the very same call
    (``self.reserved -= self._holds.pop(hold_id)``): the sibling's statement replaces it."""
    function, stmt = ctx.site.function, ctx.site.node
    call = sole_call(stmt)
    if function is None or call is None:
        return
    own = _normal(ctx.index.code(call))
    available = ctx.index.in_scope(function) | BUILTIN_NAMES | {"self", "cls"}
    seen: set[str] = set()
    for sibling in ctx.index.siblings(function):
        for other in sibling.statements:
            value = _state_kept_value(other)
            if value is None:
                continue
            kept = adapt_update(ctx, value, sibling, function, available)
            code = adapt_update(ctx, other, sibling, function, available)
            if kept is None or code is None or _normal(kept) != own or code in seen:
                continue
            seen.add(code)
            new = _parse_stmt(code + "\n")
            if isinstance(new, cst.SimpleStatementLine):
                new = new.with_changes(leading_lines=getattr(stmt, "leading_lines", ()))
                shown = f"keep the value as a sibling does: `{_show(own)}` -> `{_show(code)}`"
                edit = _make(ctx, "missing state update", KEPT_VALUE_PRIOR, [(stmt, new)], shown)
                edit.structural = True
                yield edit


def _state_kept_value(stmt: cst.CSTNode) -> cst.Call | None:
    """The call whose value ``stmt`` stores into state (an attribute or an item)."""
    small = _sole_small(stmt)
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target: cst.BaseExpression = small.targets[0].target
    elif isinstance(small, cst.AugAssign):
        target = small.target
    else:
        return None
    if not isinstance(target, (cst.Attribute, cst.Subscript)):
        return None
    return small.value if isinstance(small.value, cst.Call) else None
