import pytest

from slow_tool_call_zscores import slow_calls, zscores


def calls(tool, durations, status="ok", prefix=None):
    prefix = prefix or tool
    return [
        {"id": f"{prefix}{i}", "tool": tool, "status": status, "duration_ms": d}
        for i, d in enumerate(durations)
    ]


def test_zscores_of_simple_series():
    assert zscores([1, 2, 3]) == pytest.approx([-1.0, 0.0, 1.0])


def test_zscores_without_spread():
    assert zscores([5, 5, 5]) is None


def test_one_slow_shell_call():
    events = calls("shell", [100, 110, 95, 105, 100, 98, 102, 900])
    assert slow_calls(events) == ["shell7"]


def test_tools_are_judged_separately():
    events = calls("shell", [100, 110, 95, 105, 100, 98, 102, 101]) + calls(
        "browser", [2000, 2100, 1900, 2050, 1950, 2000, 2020, 1980]
    )
    assert slow_calls(events) == []


def test_running_calls_are_ignored():
    events = calls("shell", [100, 110, 95, 105, 100, 98, 102, 101])
    events.append({"id": "live", "tool": "shell", "status": "running", "duration_ms": 5000})
    assert slow_calls(events) == []


def test_tool_used_once_is_never_slow():
    events = calls("shell", [100, 110, 95, 105, 100, 98, 102, 101]) + calls("search", [4000])
    assert slow_calls(events) == []
