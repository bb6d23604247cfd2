import pytest

from tool_latency_report import call_durations, latency_report, nearest_rank, slowest_tool


def start(call_id, tool, ts):
    return {"type": "tool_start", "call_id": call_id, "tool": tool, "ts": ts}


def end(call_id, ts, status="ok"):
    return {"type": "tool_end", "call_id": call_id, "ts": ts, "status": status}


def test_single_call_duration_in_milliseconds():
    events = [start("c1", "search", 100.0), end("c1", 100.25)]
    assert call_durations(events) == {"search": [(250.0, True)]}


def test_counts_calls_and_failures():
    events = [
        start("c1", "shell", 1.0), end("c1", 2.0),
        start("c2", "shell", 3.0), end("c2", 3.5, status="error"),
        start("c3", "read_file", 4.0), end("c3", 4.1),
    ]
    report = latency_report(events)
    assert sorted(report) == ["read_file", "shell"]
    assert (report["shell"].calls, report["shell"].failures) == (2, 1)
    assert (report["read_file"].calls, report["read_file"].failures) == (1, 0)


def test_unfinished_call_is_left_out():
    events = [start("c1", "browser", 10.0), start("c2", "search", 10.5), end("c2", 11.0)]
    assert list(latency_report(events)) == ["search"]


def test_percentiles():
    events = []
    for n in range(20):
        events += [start(f"c{n}", "search", 50.0 + n), end(f"c{n}", 50.0 + n + (n + 1) / 100)]
    stats = latency_report(events)["search"]
    assert stats.p50_ms == pytest.approx(100.0)
    assert stats.p95_ms == pytest.approx(190.0)
    assert stats.max_ms == pytest.approx(200.0)


def test_nearest_rank():
    assert nearest_rank([15, 20, 35, 40, 50], 30) == 20
    assert nearest_rank([15, 20, 35, 40, 50], 100) == 50
    assert nearest_rank([7], 50) == 7


def test_slowest_tool():
    events = [start("a", "fast", 0.0), end("a", 0.01), start("b", "slow", 0.0), end("b", 2.0)]
    assert slowest_tool(events) == "slow"
    assert slowest_tool([]) is None
