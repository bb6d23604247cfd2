"""Edits that cannot fix a failure: the message of an exception the failing case did not expect.

A test that fails with ``CycleError`` raised by ``raise CycleError(sorted(...))`` fails because
the statement was reached at all. Changing what goes into the exception (``count > 0`` inside
its argument) still raises it, so no such edit can make that test pass; they would only take
the place of edits to the code that decided to raise. Changing the exception's class can (the
test may expect another one), and so can edits to the statement as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable

import libcst as cst

from selfpatch.patchers.repair._edits import Edit, Span
from selfpatch.patchers.repair._index import FileIndex, callee_name
from selfpatch.types import Outcome


def unexpected_raise_spans(index: FileIndex, outcomes: Iterable[Outcome]) -> list[Span]:
    """The argument spans of the ``raise`` statements that raised a failing case's exception."""
    raised = {
        (o.frames[-1].line, o.error_type.rsplit(".", 1)[-1])
        for o in outcomes
        if o.frames and o.frames[-1].path == index.path and o.error_type
    }
    spans: list[Span] = []
    for line, error_type in raised:
        for site in index.sites_at(line):
            spans += _argument_spans(index, site.node, error_type)
    return spans


def _argument_spans(index: FileIndex, stmt: cst.CSTNode, error_type: str) -> list[Span]:
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return []
    small = stmt.body[0]
    if not isinstance(small, cst.Raise) or not isinstance(small.exc, cst.Call):
        return []
    if callee_name(small.exc) != error_type:
        return []
    return [index.span(arg) for arg in small.exc.args]


def only_within(edit: Edit, spans: list[Span]) -> bool:
    """Whether every change the edit makes lies inside one of the spans."""
    return bool(edit.spans) and all(any(_inside(s, outer) for outer in spans) for s in edit.spans)


def _inside(inner: Span, outer: Span) -> bool:
    return (outer[0], outer[1]) <= (inner[0], inner[1]) and (inner[2], inner[3]) <= (
        outer[2],
        outer[3],
    )
