"""A record that never expires: ``if window is None: window = Window(start=now)`` makes a new
window only for a new user, so an old window keeps counting after its period is over. The
record's time field is the keyword the branch fills with the time (``start=now``), its length a
duration the object keeps (``self.period``, ``self.ttl``); the missing clause replaces the record
once it is that old.

And its sliding form: a record read after ``if now >= entry.expires_at: ...`` whose deadline is
never pushed back lives its time from when it was written, not from when it was last used; the
missing line is ``entry.expires_at = now + self.idle_ttl`` before the read is handed out."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_before, _paren, _parse_expr, _replace
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import name_words
from selfpatch.patchers.repair._index import body_nodes

EXPIRY_PRIOR = 0.5
DURATION_WORDS = frozenset(
    {"period", "ttl", "timeout", "interval", "window", "lifetime", "age", "expiry", "duration"}
    | {"seconds", "span", "lease"}
)

TIME_WORDS = frozenset(
    {"now", "time", "clock", "timestamp", "today", "start", "started", "created", "opened"}
    | {"since", "stamp", "began", "issued", "updated", "seen", "begin"}
)


def expiry_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt = ctx.site.node
    if not isinstance(stmt, cst.If) or ctx.site.function is None:
        return
    record = _missing_record(stmt.test)
    if record is None:
        return
    stamps = list(_time_stamps(stmt, record))
    if not stamps:
        return
    durations = _durations(ctx)
    test = _paren(stmt.test, ctx.index.code(stmt.test), cst.Or)
    for field, clock in stamps:
        for duration in durations:
            for operator, prior in ((">=", EXPIRY_PRIOR), (">", EXPIRY_PRIOR * 0.8)):
                code = f"{test} or {clock} - {record}.{field} {operator} {duration}"
                new = _parse_expr(code)
                if new is not None:
                    yield _replace(ctx, stmt.test, new, "record never expires", prior)


SLIDING_PRIOR = 0.45
DEADLINE_WORDS = frozenset({"expires", "expiry", "deadline", "until", "due", "expire"})


def sliding_deadline_edits(ctx: Ctx) -> Iterator[Edit]:
    function, block = ctx.site.function, ctx.site.block
    stmt = ctx.site.node
    if function is None or block is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    if not isinstance(stmt.body[0], cst.Return) or block is not function.node.body.body:
        return
    written = ctx.index.writes(function)
    for check in block[: ctx.site.index]:
        if not isinstance(check, cst.If):
            continue
        for clock, deadline in _deadline_checks(ctx, check.test):
            if deadline in written:
                continue
            for duration in _durations(ctx):
                code = f"{deadline} = {clock} + {duration}\n"
                edit = _insert_before(
                    ctx, code, "missing statement", SLIDING_PRIOR, structural=True
                )
                if edit is not None:
                    yield edit


def _deadline_checks(ctx: Ctx, test: cst.BaseExpression) -> Iterator[tuple[str, str]]:
    """(clock, deadline) of ``now >= entry.expires_at`` and ``entry.expires_at <= now``."""
    for node in body_nodes(test):
        if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
            continue
        target = node.comparisons[0]
        left, right = node.left, target.comparator
        if isinstance(target.operator, (cst.LessThan, cst.LessThanEqual)):
            left, right = right, left
        elif not isinstance(target.operator, (cst.GreaterThan, cst.GreaterThanEqual)):
            continue
        named = isinstance(right, cst.Attribute) and name_words(right.attr.value) & DEADLINE_WORDS
        if isinstance(left, cst.Name) and named:
            yield left.value, ctx.index.code(right)


def _missing_record(test: cst.BaseExpression) -> str | None:
    """``window`` of ``window is None`` or ``not window``."""
    if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
        target = test.comparisons[0]
        none = isinstance(target.comparator, cst.Name) and target.comparator.value == "None"
        if isinstance(target.operator, cst.Is) and none and isinstance(test.left, cst.Name):
            return test.left.value
    if (
        isinstance(test, cst.UnaryOperation)
        and isinstance(test.operator, cst.Not)
        and isinstance(test.expression, cst.Name)
    ):
        return test.expression.value
    return None


def _time_stamps(stmt: cst.If, record: str) -> Iterator[tuple[str, str]]:
    """(field, clock) for ``record = Kind(field=clock, ...)`` in the branch, where ``clock`` is a
    plain name (``start=now``)."""
    for node in body_nodes(stmt.body):
        if not isinstance(node, cst.Assign) or not isinstance(node.value, cst.Call):
            continue
        names = [t.target.value for t in node.targets if isinstance(t.target, cst.Name)]
        if record not in names:
            continue
        for arg in node.value.args:
            if arg.keyword is None or not isinstance(arg.value, cst.Name):
                continue
            words = name_words(arg.keyword.value) | name_words(arg.value.value)
            if words & TIME_WORDS:
                yield arg.keyword.value, arg.value.value


def _durations(ctx: Ctx) -> list[str]:
    """The object's attributes that name a length of time (``self.period``), methods aside."""
    function = ctx.site.function
    methods = {f.name for f in ctx.index.functions if function and f.cls == function.cls}
    attrs = ctx.index.attrs_by_base.get("self", set()) - methods
    return [f"self.{a}" for a in sorted(attrs) if name_words(a) & DURATION_WORDS]
