from timed_span_tree import Tracer


def fake_clock(*ticks):
    values = iter(ticks)
    return lambda: next(values)


def sequential(durations, start=0.0):
    ticks, now = [], start
    for duration in durations:
        ticks += [now, now + duration]
        now += duration
    return ticks


def test_threshold_is_inclusive():
    tracer = Tracer(fake_clock(*sequential([0.25, 0.5, 0.75, 0.5])))
    for name in "abcd":
        with tracer.span(name):
            pass
    assert [s.name for s in tracer.slow_spans(0.5)] == ["c", "b", "d"]
    assert [s.name for s in tracer.slow_spans(0.75)] == ["c"]
    assert tracer.slow_spans(0.8) == []


def test_zero_threshold_includes_instant_spans_but_not_open_ones():
    tracer = Tracer(fake_clock(1.0, 1.0, 1.0, 2.0))
    with tracer.span("instant"):
        pass
    with tracer.span("outer"):
        assert [s.name for s in tracer.slow_spans(0.0)] == ["instant"]
    assert [s.name for s in tracer.slow_spans(0.0)] == ["outer", "instant"]


def test_export_rounds_to_microseconds():
    tracer = Tracer(fake_clock(0.1, 0.2, 0.3, 0.7))
    with tracer.span("a"):
        pass
    with tracer.span("b"):
        pass
    exported = tracer.export()
    assert [(e["start_ms"], e["duration_ms"]) for e in exported] == [(0.0, 100.0), (200.0, 400.0)]


def test_export_sub_millisecond_durations():
    tracer = Tracer(fake_clock(5.0, 5.0001234, 5.0003, 5.0011))
    with tracer.span("x"), tracer.span("y"):
        pass
    assert [e["duration_ms"] for e in tracer.export()] == [1.1, 0.177]


def test_export_of_open_span_and_empty_tracer():
    assert Tracer().export() == []
    tracer = Tracer(fake_clock(3.3, 3.4))
    with tracer.span("pending"):
        assert tracer.export()[0]["duration_ms"] == 0.0
    assert tracer.export()[0]["duration_ms"] == 100.0


def test_export_copies_attributes():
    tracer = Tracer(fake_clock(0.0, 1.0))
    with tracer.span("s", k=1):
        pass
    tracer.export()[0]["attributes"]["k"] = 2
    assert tracer.spans[0].attributes == {"k": 1}
