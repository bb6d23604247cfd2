import random

import pytest

from pass_at_k import EvalReport, Sample, TaskStats


def samples(task_id, passed, failed):
    return [Sample(task_id, True)] * passed + [Sample(task_id, False)] * failed


def _stable_estimate(n, c, k):
    # numerically stable form from the Codex paper
    if n - c < k:
        return 1.0
    product = 1.0
    for i in range(n - c + 1, n + 1):
        product *= 1.0 - k / i
    return 1.0 - product


def test_few_failures_relative_to_k():
    assert TaskStats("t", samples=10, correct=8).pass_at(5) == 1.0
    assert TaskStats("t", samples=3, correct=1).pass_at(3) == 1.0


def test_k_equal_to_n():
    assert TaskStats("t", samples=4, correct=1).pass_at(4) == 1.0
    assert TaskStats("t", samples=4, correct=0).pass_at(4) == 0.0


def test_against_stable_formula():
    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(1, 40)
        c = rng.randint(0, n)
        k = rng.randint(1, n)
        got = TaskStats("t", samples=n, correct=c).pass_at(k)
        assert got == pytest.approx(_stable_estimate(n, c, k), abs=1e-9)


def test_mean_with_a_perfect_task():
    report = EvalReport.from_samples(samples("easy", 5, 0) + samples("hard", 0, 5))
    assert report.per_task(1) == {"easy": 1.0, "hard": 0.0}
    assert report.mean_pass_at(1) == pytest.approx(0.5)
    assert report.mean_pass_at(5) == pytest.approx(0.5)


def test_interleaved_samples():
    mixed = [Sample("x", True), Sample("y", False), Sample("x", False), Sample("y", True),
             Sample("x", True)]
    report = EvalReport.from_samples(mixed)
    assert report.tasks["x"].samples == 3 and report.tasks["x"].correct == 2
    assert report.per_task(2) == {"x": 1.0, "y": 1.0}


def test_invalid_k():
    with pytest.raises(ValueError):
        TaskStats("t", samples=3, correct=1).pass_at(0)
    with pytest.raises(ValueError):
        TaskStats("t", samples=3, correct=1).pass_at(4)
