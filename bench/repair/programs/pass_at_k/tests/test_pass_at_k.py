import pytest

from pass_at_k import EvalReport, Sample


def samples(task_id, passed, failed):
    return [Sample(task_id, True)] * passed + [Sample(task_id, False)] * failed


def test_pass_at_1_is_the_pass_rate():
    report = EvalReport.from_samples(samples("t1", 3, 7))
    assert report.per_task(1) == {"t1": pytest.approx(0.3)}


def test_never_passing_task():
    report = EvalReport.from_samples(samples("t1", 0, 5))
    assert report.mean_pass_at(1) == 0.0


def test_always_passing_task():
    report = EvalReport.from_samples(samples("t1", 4, 0))
    assert report.mean_pass_at(1) == 1.0


def test_pass_at_2():
    report = EvalReport.from_samples(samples("t1", 2, 3))
    assert report.per_task(2)["t1"] == pytest.approx(0.7)


def test_mean_over_tasks():
    report = EvalReport.from_samples(samples("a", 2, 2) + samples("b", 1, 3))
    assert report.mean_pass_at(1) == pytest.approx(0.375)


def test_tasks_with_too_few_samples_are_left_out():
    report = EvalReport.from_samples(samples("a", 1, 4) + samples("b", 1, 0))
    assert set(report.per_task(3)) == {"a"}


def test_empty_report():
    assert EvalReport().mean_pass_at(5) == 0.0
