import itertools

import pytest

from span_tracer import Tracer


def fake_clock(step=1.0):
    ticks = itertools.count()
    return lambda: next(ticks) * step


def test_single_span_record():
    tracer = Tracer(clock=fake_clock(0.5))
    with tracer.span("model_call", model="small"):
        pass
    [record] = tracer.export()
    assert record["name"] == "model_call"
    assert record["parent_id"] is None
    assert record["duration"] == 0.5
    assert record["status"] == "ok"
    assert record["attributes"] == {"model": "small"}


def test_child_span_links_to_parent():
    tracer = Tracer(clock=fake_clock())
    with tracer.span("turn") as turn:
        with tracer.span("tool:search"):
            pass
    child, parent = tracer.export()
    assert child["name"] == "tool:search"
    assert child["trace_id"] == parent["trace_id"]
    assert child["parent_id"] == turn.context.span_id


def test_failed_step_is_marked_and_reraised():
    tracer = Tracer(clock=fake_clock())
    with pytest.raises(TimeoutError):
        with tracer.span("tool:fetch"):
            raise TimeoutError
    assert tracer.export()[0]["status"] == "error: TimeoutError"


def test_span_ids_are_unique():
    tracer = Tracer(clock=fake_clock())
    for _ in range(3):
        with tracer.span("step"):
            pass
    ids = [record["span_id"] for record in tracer.export()]
    assert len(set(ids)) == 3
