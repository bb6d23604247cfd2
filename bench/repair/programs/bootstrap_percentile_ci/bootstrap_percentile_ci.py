"""Percentile-bootstrap confidence intervals for mean task scores.

Used to put error bars on an agent's average score over a benchmark: the
per-task scores are resampled with replacement many times and the spread of
the resampled means gives the interval. A seed makes reports reproducible.
"""

import random
from statistics import fmean


def resample_means(scores, n_resamples=1000, seed=0):
    """Return the sorted means of ``n_resamples`` bootstrap resamples."""
    if not scores:
        raise ValueError("no scores to resample")
    rng = random.Random(seed)
    n = len(scores)
    means = []
    for _ in range(n_resamples):
        sample = rng.sample(scores, k=n)
        means.append(fmean(sample))
    means.sort()
    return means


def percentile(sorted_values, q):
    """Nearest-rank percentile of an already sorted list, q in [0, 100]."""
    if not 0 <= q <= 100:
        raise ValueError("q must be within [0, 100]")
    index = round(q / 100 * (len(sorted_values) - 1))
    return sorted_values[index]


def bootstrap_ci(scores, confidence=0.95, n_resamples=1000, seed=0):
    """Return (mean, low, high) for the mean of ``scores``."""
    means = resample_means(scores, n_resamples, seed)
    tail = (1 - confidence) / 2 * 100
    low = percentile(means, tail)
    high = percentile(means, 100 - tail)
    return fmean(scores), low, high


def compare_runs(scores_a, scores_b, confidence=0.95, seed=0):
    """Bootstrap the difference of means (b - a) over paired tasks."""
    if len(scores_a) != len(scores_b):
        raise ValueError("runs must cover the same tasks")
    deltas = [b - a for a, b in zip(scores_a, scores_b)]
    mean, low, high = bootstrap_ci(deltas, confidence, seed=seed)
    return {"delta": mean, "low": low, "high": high,
            "significant": low > 0 or high < 0}
