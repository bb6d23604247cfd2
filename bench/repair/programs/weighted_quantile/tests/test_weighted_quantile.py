import pytest

from weighted_quantile import quantile_summary, weighted_median, weighted_quantile


def test_single_sample():
    assert weighted_quantile([(42, 3)], 0.9) == 42


def test_median_of_two_equal_weights_is_the_lower_value():
    assert weighted_median([(10, 1), (20, 1)]) == 10


def test_heavy_sample_dominates_median():
    assert weighted_median([(5, 1), (80, 10), (200, 1)]) == 80


def test_summary_keys_and_values():
    samples = [(12, 50), (30, 40), (250, 9), (900, 1)]
    assert quantile_summary(samples) == {"p50": 12, "p90": 30, "p99": 250}


def test_q_out_of_range():
    with pytest.raises(ValueError):
        weighted_quantile([(1, 1)], 1.5)


def test_no_weight():
    with pytest.raises(ValueError):
        weighted_quantile([(1, 0), (2, 0)], 0.5)
