import pytest

from tool_latency_report import call_durations, latency_report


def start(call_id, tool, ts):
    return {"type": "tool_start", "call_id": call_id, "tool": tool, "ts": ts}


def end(call_id, ts, status="ok"):
    return {"type": "tool_end", "call_id": call_id, "ts": ts, "status": status}


def test_parallel_calls_of_one_tool_paired_by_call_id():
    events = [
        start("a", "fetch", 1700000000.0),
        start("b", "fetch", 1700000000.1),
        end("b", 1700000000.35),
        end("a", 1700000001.5, status="timeout"),
    ]
    durations = call_durations(events)["fetch"]
    assert [ok for _, ok in durations] == [True, False]
    assert [ms for ms, _ in durations] == pytest.approx([250.0, 1500.0])


def test_events_out_of_order_are_sorted_by_time():
    events = [end("x", 12.5), start("y", "grep", 12.0), start("x", "grep", 12.0), end("y", 12.002)]
    assert call_durations(events) == {"grep": [(2.0, True), (500.0, True)]}


def test_sub_millisecond_calls_keep_microseconds():
    events = [start("q", "noop", 5.0), end("q", 5.0004)]
    assert call_durations(events)["noop"][0][0] == pytest.approx(0.4)


def test_end_without_start_is_ignored():
    events = [end("ghost", 3.0), start("r", "read", 3.0), end("r", 3.075)]
    assert call_durations(events) == {"read": [(75.0, True)]}


def test_report_values_in_milliseconds():
    events = []
    for n, seconds in enumerate([0.2, 0.4, 0.1, 3.0, 0.3]):
        events += [start(f"s{n}", "shell", 100.0 * n), end(f"s{n}", 100.0 * n + seconds, "ok" if n else "error")]
    stats = latency_report(events)["shell"]
    assert stats.calls == 5
    assert stats.failures == 1
    assert stats.p50_ms == pytest.approx(300.0)
    assert stats.p95_ms == pytest.approx(3000.0)
    assert stats.max_ms == pytest.approx(3000.0)


def test_report_is_sorted_by_tool_name():
    events = [start("1", "zeta", 0.0), end("1", 1.0), start("2", "alpha", 0.0), end("2", 1.0)]
    assert list(latency_report(events)) == ["alpha", "zeta"]
    assert latency_report([]) == {}
