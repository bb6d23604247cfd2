import pytest

from latency_model_pick import LatencyPicker, nearest_rank


def feed(picker, model, values):
    for value in values:
        picker.record(model, value)


def test_nearest_rank():
    assert nearest_rank([5, 1, 4, 2, 3], 50) == 3
    assert nearest_rank([5, 1, 4, 2, 3], 90) == 5


def test_first_preferred_model_within_budget():
    picker = LatencyPicker(min_samples=3)
    feed(picker, "big", [1.0, 1.2, 1.1])
    feed(picker, "small", [0.3, 0.2, 0.4])
    assert picker.pick(["big", "small"], budget=2.0) == "big"


def test_slow_tail_pushes_to_next_model():
    picker = LatencyPicker(statistic="p90", min_samples=5)
    feed(picker, "big", [1.0, 1.1, 0.9, 1.0, 1.0, 1.2, 1.0, 1.1, 9.0, 8.5])
    feed(picker, "small", [0.5] * 10)
    assert picker.pick(["big", "small"], budget=2.0) == "small"


def test_unmeasured_model_is_not_trusted():
    picker = LatencyPicker(min_samples=5)
    feed(picker, "fresh", [0.1, 0.1])
    feed(picker, "known", [0.8] * 6)
    assert picker.pick(["fresh", "known"], budget=1.0) == "known"


def test_unknown_statistic():
    with pytest.raises(ValueError):
        LatencyPicker(statistic="p95")
