import pytest

from timed_span_tree import Tracer


def fake_clock(*ticks):
    values = iter(ticks)
    return lambda: next(values)


def test_nested_spans_record_parents():
    tracer = Tracer(fake_clock(0.0, 1.0, 2.0, 3.0, 4.0, 5.0))
    with tracer.span("run") as run:
        with tracer.span("plan"):
            pass
        with tracer.span("act"):
            pass
    assert [(s.name, s.parent_id) for s in tracer.spans] == [
        ("run", None), ("plan", 0), ("act", 0),
    ]
    assert [c.name for c in tracer.children(run)] == ["plan", "act"]
    assert run.duration == 5.0


def test_error_is_recorded_and_span_closed():
    tracer = Tracer(fake_clock(0.0, 0.5))
    with pytest.raises(TimeoutError), tracer.span("tool", tool="http_get"):
        raise TimeoutError
    (span,) = tracer.spans
    assert span.attributes == {"tool": "http_get", "error": "TimeoutError"}
    assert span.end == 0.5


def test_slow_spans_slowest_first():
    tracer = Tracer(fake_clock(0.0, 2.0, 2.0, 2.5, 3.0, 4.0))
    for name in ("model", "parse", "tool"):
        with tracer.span(name):
            pass
    assert [s.name for s in tracer.slow_spans(1.0)] == ["model", "tool"]


def test_export_for_trace_viewer():
    tracer = Tracer(fake_clock(10.0, 10.1, 10.25, 10.4))
    with tracer.span("turn"), tracer.span("llm", model="small"):
        pass
    assert tracer.export() == [
        {"id": 0, "parent": None, "name": "turn", "start_ms": 0.0, "duration_ms": 400.0,
         "attributes": {}},
        {"id": 1, "parent": 0, "name": "llm", "start_ms": 100.0, "duration_ms": 150.0,
         "attributes": {"model": "small"}},
    ]
