import itertools

import pytest

from span_tracer import Tracer


def fake_clock(step=1.0):
    ticks = itertools.count()
    return lambda: next(ticks) * step


def by_name(tracer):
    return {record["name"]: record for record in tracer.export()}


def test_three_levels():
    tracer = Tracer(clock=fake_clock())
    with tracer.span("session"):
        with tracer.span("turn"):
            with tracer.span("model"):
                pass
    records = by_name(tracer)
    assert records["session"]["parent_id"] is None
    assert records["turn"]["parent_id"] == records["session"]["span_id"]
    assert records["model"]["parent_id"] == records["turn"]["span_id"]
    assert len({r["trace_id"] for r in records.values()}) == 1
    assert [r["name"] for r in tracer.export()] == ["model", "turn", "session"]


def test_siblings_share_parent():
    tracer = Tracer(clock=fake_clock())
    with tracer.span("turn") as turn:
        for name in ("tool:a", "tool:b", "tool:c"):
            with tracer.span(name):
                pass
    records = by_name(tracer)
    for name in ("tool:a", "tool:b", "tool:c"):
        assert records[name]["parent_id"] == turn.context.span_id
        assert records[name]["span_id"] != turn.context.span_id


def test_separate_roots_are_separate_traces():
    tracer = Tracer(clock=fake_clock())
    with tracer.span("first"):
        pass
    with tracer.span("second"):
        pass
    first, second = tracer.export()
    assert first["trace_id"] != second["trace_id"]
    assert first["parent_id"] is None and second["parent_id"] is None


def test_error_inside_child_marks_child_and_parent():
    tracer = Tracer(clock=fake_clock(2.0))
    with pytest.raises(KeyError):
        with tracer.span("turn"):
            with tracer.span("tool"):
                raise KeyError("x")
    records = by_name(tracer)
    assert records["tool"]["status"] == "error: KeyError"
    assert records["turn"]["status"] == "error: KeyError"
    assert records["tool"]["parent_id"] == records["turn"]["span_id"]
    assert records["tool"]["duration"] == 2.0
    assert records["turn"]["duration"] == 6.0


def test_after_child_closes_new_span_attaches_to_outer():
    tracer = Tracer(clock=fake_clock())
    with tracer.span("outer"):
        with tracer.span("inner"):
            pass
        with tracer.span("later"):
            pass
    records = by_name(tracer)
    assert records["later"]["parent_id"] == records["outer"]["span_id"]
