import pytest

from flaky_runs import flaky_tasks, task_reports


def runs(task, *outcomes):
    return [{"task": task, "attempt": n, "outcome": o} for n, o in enumerate(outcomes, start=1)]


def test_stable_tasks():
    reports = task_reports(runs("login", "pass", "pass", "pass") + runs("export", "fail", "fail"))
    assert reports["login"].status == "stable_pass"
    assert reports["export"].status == "stable_fail"
    assert reports["login"].flips == 0


def test_mixed_verdicts_are_flaky():
    report = task_reports(runs("search", "pass", "fail", "fail", "pass"))["search"]
    assert report.status == "flaky"
    assert (report.attempts, report.passes, report.flips) == (4, 2, 2)


def test_harness_errors_are_left_out():
    reports = task_reports(runs("upload", "pass", "error", "pass") + runs("crash", "error", "error"))
    assert reports["upload"].status == "stable_pass"
    assert reports["upload"].attempts == 2
    assert reports["crash"].status == "no_data"


def test_flip_rate():
    report = task_reports(runs("t", "pass", "fail", "pass"))["t"]
    assert report.flip_rate == pytest.approx(1.0)
    assert task_reports(runs("once", "fail"))["once"].flip_rate == 0.0


def test_records_arrive_out_of_order():
    records = runs("t", "pass", "pass", "fail", "fail")
    report = task_reports(list(reversed(records)))["t"]
    assert report.flips == 1


def test_flaky_tasks_need_enough_attempts():
    records = runs("a", "pass", "fail") + runs("b", "pass", "fail", "pass") + runs("c", "pass", "pass", "pass")
    assert flaky_tasks(records) == ["b"]
    assert flaky_tasks(records, min_attempts=2) == ["a", "b"]
