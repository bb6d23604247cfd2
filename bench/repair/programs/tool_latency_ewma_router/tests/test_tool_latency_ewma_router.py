import pytest

from tool_latency_ewma_router import LatencyTracker


def test_first_sample_is_taken_as_is():
    tracker = LatencyTracker(alpha=0.5)
    tracker.record("search", 120)
    assert tracker.estimate("search") == 120.0
    assert tracker.estimate("fetch") is None


def test_average_moves_towards_new_samples():
    tracker = LatencyTracker(alpha=0.5)
    for ms in (100, 200, 300):
        tracker.record("search", ms)
    assert tracker.estimate("search") == pytest.approx(225.0)


def test_negative_latency_rejected():
    with pytest.raises(ValueError):
        LatencyTracker().record("search", -1)


def test_cold_tools_are_tried_first():
    tracker = LatencyTracker(warmup=2)
    for _ in range(2):
        tracker.record("fast", 10)
    tracker.record("slow", 500)
    assert tracker.pick(["fast", "slow"]) == "slow"


def test_fastest_warm_tool_wins():
    tracker = LatencyTracker(warmup=2)
    for _ in range(2):
        tracker.record("fast", 10)
        tracker.record("slow", 500)
    assert tracker.pick(["slow", "fast"]) == "fast"
    assert tracker.pick([]) is None


def test_forgotten_tool_is_measured_again():
    tracker = LatencyTracker(warmup=2)
    for _ in range(2):
        tracker.record("fast", 10)
        tracker.record("slow", 500)
    tracker.forget("slow")
    assert tracker.estimate("slow") is None
    assert tracker.pick(["fast", "slow"]) == "slow"
