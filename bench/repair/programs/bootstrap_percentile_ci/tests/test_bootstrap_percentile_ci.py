import pytest

from bootstrap_percentile_ci import bootstrap_ci, compare_runs, percentile, resample_means


def test_percentile_nearest_rank():
    values = [1, 2, 3, 4, 5]
    assert percentile(values, 0) == 1
    assert percentile(values, 50) == 3
    assert percentile(values, 100) == 5


def test_resample_count_and_order():
    means = resample_means([0.0, 1.0, 0.5], n_resamples=200, seed=3)
    assert len(means) == 200
    assert means == sorted(means)


def test_same_seed_same_interval():
    scores = [1, 0, 1, 1, 0, 1, 0.5, 1]
    assert bootstrap_ci(scores, seed=7) == bootstrap_ci(scores, seed=7)


def test_interval_brackets_the_mean():
    scores = [1, 0, 1, 1, 0, 1, 1, 1, 0, 1]
    mean, low, high = bootstrap_ci(scores)
    assert mean == pytest.approx(0.7)
    assert low < mean < high
    assert 0.0 <= low and high <= 1.0


def test_constant_scores_give_zero_width():
    assert bootstrap_ci([0.5] * 6) == (0.5, 0.5, 0.5)


def test_empty_scores_rejected():
    with pytest.raises(ValueError):
        bootstrap_ci([])


def test_clear_improvement_is_significant():
    before = [0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1]
    after = [1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1]
    result = compare_runs(before, after)
    assert result["delta"] == pytest.approx(7 / 12)
    assert result["significant"]
