import pytest

from usage_percentile import percentile, summarize


def test_median_of_odd_count():
    assert percentile([300, 100, 200], 50) == 200


def test_median_of_even_count_interpolates():
    assert percentile([10, 20, 30, 40], 50) == 25


def test_single_value():
    assert percentile([42], 90) == 42


def test_empty_rejected():
    with pytest.raises(ValueError):
        percentile([], 50)


def test_summarize_groups_by_model():
    records = [
        {"model": "a", "total_tokens": 100},
        {"model": "a", "total_tokens": 300},
        {"model": "b", "total_tokens": 50},
    ]
    summary = summarize(records, points=(50,))
    assert summary == {
        "a": {"count": 2, "mean": 200, "p50": 200},
        "b": {"count": 1, "mean": 50, "p50": 50},
    }
