import random

import pytest

from flaky_runs import TaskReport, flaky_tasks, task_reports


def runs(task, *outcomes):
    return [{"task": task, "attempt": n, "outcome": o} for n, o in enumerate(outcomes, start=1)]


def test_errors_do_not_count_as_failures():
    reports = task_reports(runs("x", "error", "pass", "pass", "error", "pass"))
    assert reports["x"] == TaskReport("x", 3, 3, 0, "stable_pass")
    reports = task_reports(runs("y", "fail", "error", "fail"))
    assert reports["y"] == TaskReport("y", 2, 0, 0, "stable_fail")


def test_errors_between_verdicts_do_not_make_flips():
    report = task_reports(runs("z", "pass", "error", "fail", "error", "fail", "pass"))["z"]
    assert (report.attempts, report.passes, report.flips, report.status) == (4, 2, 2, "flaky")
    assert report.flip_rate == pytest.approx(2 / 3)


def test_only_errors():
    report = task_reports(runs("down", "error", "error", "error"))["down"]
    assert report == TaskReport("down", 0, 0, 0, "no_data")
    assert report.flip_rate == 0.0
    assert flaky_tasks(runs("down", "error", "pass", "error", "fail", "pass"), min_attempts=3) == ["down"]


def test_flip_rates():
    reports = task_reports(runs("a", "pass", "fail") + runs("b", "pass", "pass", "pass", "fail", "pass")
                           + runs("c", "fail", "fail", "fail", "fail", "pass"))
    assert reports["a"].flip_rate == pytest.approx(1.0)
    assert reports["b"].flip_rate == pytest.approx(0.5)
    assert reports["c"].flip_rate == pytest.approx(0.25)


def test_flaky_ranking_by_flip_rate():
    records = (runs("steady_flaky", "pass", "pass", "pass", "fail")
               + runs("coin", "pass", "fail", "pass", "fail")
               + runs("alpha", "fail", "pass", "fail", "pass")
               + runs("half", "pass", "fail", "fail")
               + runs("stable", "pass", "pass", "pass", "pass"))
    assert flaky_tasks(records) == ["alpha", "coin", "half", "steady_flaky"]


def test_min_attempts_counts_verdicts_only():
    records = runs("t", "pass", "error", "error", "fail")
    assert flaky_tasks(records) == []
    assert flaky_tasks(records, min_attempts=2) == ["t"]


def test_shuffled_records_against_a_model():
    rng = random.Random(8)
    for _ in range(100):
        seq = [rng.choice(["pass", "fail", "error"]) for _ in range(rng.randint(1, 8))]
        records = runs("t", *seq)
        rng.shuffle(records)
        verdicts = [o for o in seq if o != "error"]
        flips = sum(a != b for a, b in zip(verdicts, verdicts[1:]))
        report = task_reports(records)["t"]
        assert report.attempts == len(verdicts)
        assert report.passes == verdicts.count("pass")
        assert report.flips == flips
        expected_rate = flips / (len(verdicts) - 1) if len(verdicts) > 1 else 0.0
        assert report.flip_rate == pytest.approx(expected_rate)
