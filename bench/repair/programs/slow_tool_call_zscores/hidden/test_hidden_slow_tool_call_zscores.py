import pytest

from slow_tool_call_zscores import slow_calls, zscores


def call(call_id, tool, ms, status="ok"):
    return {"id": call_id, "tool": tool, "status": status, "duration_ms": ms}


def test_zscores_need_two_values():
    assert zscores([42]) is None
    assert zscores([]) is None


def test_empty_log():
    assert slow_calls([]) == []


def test_only_running_calls():
    events = [call("a", "shell", 10, "running"), call("b", "shell", 99, "queued")]
    assert slow_calls(events) == []


def test_single_call_tools_beside_a_slow_one_keep_log_order():
    events = [call("r1", "read", 12)]
    events += [call(f"s{i}", "shell", ms) for i, ms in enumerate([50, 52, 49, 51, 50, 48, 53])]
    events.append(call("w1", "write", 7000))
    events.append(call("s_slow", "shell", 400, "error"))
    events.append(call("f1", "fetch", 3))
    events += [call(f"g{i}", "grep", 20) for i in range(3)]
    assert slow_calls(events) == ["s_slow"]


def test_slow_calls_reported_in_log_order_across_tools():
    events = []
    shell = [30, 31, 29, 30, 32, 28, 30, 31, 29, 30]
    web = [800, 810, 790, 805, 795, 800, 802, 798, 801, 799]
    for i in range(10):
        events.append(call(f"w{i}", "web", web[i]))
        events.append(call(f"s{i}", "shell", shell[i]))
    events.insert(3, call("s_bad", "shell", 300))
    events.insert(0, call("w_bad", "web", 5000))
    assert slow_calls(events) == ["w_bad", "s_bad"]


def test_threshold_parameter():
    events = [call(f"c{i}", "t", ms) for i, ms in enumerate([10, 10, 10, 10, 14])]
    # z-score of 14 is (4 - 0.8) / stdev = 3.2 / 1.7889 = 1.789
    assert slow_calls(events) == []
    assert slow_calls(events, threshold=1.5) == ["c4"]
