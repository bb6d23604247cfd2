import pytest

from tool_latency_ewma_router import LatencyTracker


def warm(tracker, tool, ms, n):
    for _ in range(n):
        tracker.record(tool, ms)


def test_forget_makes_the_tool_cold():
    tracker = LatencyTracker(warmup=3)
    warm(tracker, "grep", 40, 5)
    assert tracker.is_warm("grep")
    tracker.forget("grep")
    assert not tracker.is_warm("grep")
    assert tracker.samples("grep") == 0


def test_warmup_restarts_after_forget():
    tracker = LatencyTracker(alpha=0.5, warmup=3)
    warm(tracker, "a", 50, 3)
    warm(tracker, "b", 80, 4)
    tracker.forget("b")
    tracker.record("b", 20)
    tracker.record("b", 40)
    assert tracker.samples("b") == 2
    assert tracker.pick(["a", "b"]) == "b"
    tracker.record("b", 40)
    assert tracker.is_warm("b")
    assert tracker.estimate("b") == pytest.approx(35.0)
    assert tracker.pick(["a", "b"]) == "b"


def test_redeployed_slow_tool_is_not_picked_once_measured():
    tracker = LatencyTracker(alpha=1.0, warmup=2)
    warm(tracker, "a", 100, 2)
    warm(tracker, "b", 30, 2)
    assert tracker.pick(["a", "b"]) == "b"
    tracker.forget("b")
    warm(tracker, "b", 900, 2)
    assert tracker.pick(["a", "b"]) == "a"


def test_forget_unknown_tool_is_harmless():
    tracker = LatencyTracker()
    tracker.forget("never-seen")
    assert tracker.samples("never-seen") == 0


def test_forget_leaves_other_tools_alone():
    tracker = LatencyTracker(warmup=1)
    tracker.record("x", 5)
    tracker.record("y", 7)
    tracker.forget("x")
    assert tracker.is_warm("y")
    assert tracker.estimate("y") == 7.0


def test_bad_alpha():
    with pytest.raises(ValueError):
        LatencyTracker(alpha=0)
