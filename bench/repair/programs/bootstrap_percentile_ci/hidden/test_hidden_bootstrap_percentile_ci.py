import random
from statistics import fmean

import pytest

from bootstrap_percentile_ci import bootstrap_ci, compare_runs, percentile, resample_means


def reference_means(scores, n_resamples, seed):
    rng = random.Random(seed)
    return sorted(fmean(rng.choices(scores, k=len(scores))) for _ in range(n_resamples))


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_resamples_with_replacement(seed):
    scores = [0.0, 0.25, 1.0, 1.0, 0.5]
    assert resample_means(scores, 300, seed) == reference_means(scores, 300, seed)


def test_resampled_means_vary():
    means = resample_means([0, 1, 1, 0, 1], n_resamples=50, seed=11)
    assert len(set(means)) > 3
    assert min(means) < 0.6 < max(means)


def test_interval_matches_reference_percentiles():
    scores = [0.9, 0.1, 0.4, 0.8, 1.0, 0.0, 0.6]
    means = reference_means(scores, 1000, 5)
    mean, low, high = bootstrap_ci(scores, confidence=0.9, seed=5)
    assert mean == pytest.approx(fmean(scores))
    assert low == percentile(means, 5)
    assert high == percentile(means, 95)
    assert low < mean < high


def test_small_noisy_difference_is_not_significant():
    result = compare_runs([0, 1, 1, 0], [1, 1, 1, 0], seed=2)
    assert result["delta"] == pytest.approx(0.25)
    assert result["low"] <= 0 < result["high"]
    assert not result["significant"]


def test_clear_regression_is_significant():
    before = [1, 1, 1, 1, 1, 0, 1, 1, 1, 1]
    after = [0, 0, 1, 0, 0, 0, 1, 0, 0, 1]
    result = compare_runs(before, after, seed=9)
    assert result["high"] < 0
    assert result["significant"]


def test_mismatched_runs_rejected():
    with pytest.raises(ValueError):
        compare_runs([1, 0], [1])


def test_percentile_bad_q():
    with pytest.raises(ValueError):
        percentile([1, 2], 101)
