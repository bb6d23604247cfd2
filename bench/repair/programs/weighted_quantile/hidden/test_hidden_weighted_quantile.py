import pytest

from weighted_quantile import quantile_summary, weighted_median, weighted_quantile


def test_cumulative_weight_exactly_at_target():
    samples = [(1, 2), (2, 3), (3, 5)]  # cumulative 2, 5, 10
    assert weighted_quantile(samples, 0.2) == 1
    assert weighted_quantile(samples, 0.5) == 2
    assert weighted_quantile(samples, 0.21) == 2
    assert weighted_quantile(samples, 0.51) == 3


def test_even_count_median_is_lower_middle():
    assert weighted_median([(4, 1), (1, 1), (3, 1), (2, 1)]) == 2


def test_unsorted_input_and_zero_weights():
    samples = [(300, 0), (50, 2), (10, 2), (90, 0), (70, 4)]
    assert weighted_quantile(samples, 0.25) == 10
    assert weighted_quantile(samples, 0.5) == 50
    assert weighted_quantile(samples, 0.75) == 70
    assert weighted_quantile(samples, 1.0) == 70


def test_extreme_quantiles():
    samples = [(7, 1), (8, 1), (9, 2)]
    assert weighted_quantile(samples, 0.0) == 7
    assert weighted_quantile(samples, 1.0) == 9


def test_summary_at_exact_boundaries():
    samples = [(1, 50), (2, 40), (3, 9), (4, 1)]
    assert quantile_summary(samples, qs=(0.5, 0.9, 0.99, 0.999)) == {
        "p50": 1, "p90": 2, "p99": 3, "p99.9": 4,
    }


def test_summary_accepts_generator():
    samples = ((v, 1) for v in (5, 6, 7, 8))
    assert quantile_summary(samples, qs=(0.25, 0.75)) == {"p25": 5, "p75": 7}


def test_float_weights():
    assert weighted_median([(1.5, 0.25), (2.5, 0.25), (3.5, 0.5)]) == 2.5


def test_negative_q_rejected():
    with pytest.raises(ValueError):
        weighted_quantile([(1, 1)], -0.1)
