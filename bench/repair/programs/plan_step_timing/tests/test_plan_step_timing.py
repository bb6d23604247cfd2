import pytest

from plan_step_timing import InvalidTransition, Step


def fake_clock(*times):
    it = iter(times)
    return lambda: next(it)


def test_new_step_is_pending():
    step = Step("search")
    assert step.snapshot() == {"name": "search", "state": "pending", "attempts": 0,
                               "error": None, "duration": None}


def test_successful_run_records_duration():
    step = Step("search", clock=fake_clock(10.0, 12.5))
    step.start()
    step.finish(["hit"])
    assert step.state == "done"
    assert step.result == ["hit"]
    assert step.duration() == 2.5


def test_failed_attempt_snapshot():
    step = Step("fetch", clock=fake_clock(1.0, 4.0))
    step.start()
    step.fail(TimeoutError("no reply"))
    assert step.snapshot() == {"name": "fetch", "state": "failed", "attempts": 1,
                               "error": "no reply", "duration": 3.0}


def test_retry_after_failure_counts_attempts():
    step = Step("fetch", clock=fake_clock(0.0, 1.0, 5.0, 6.0))
    step.start()
    step.fail("boom")
    step.retry()
    step.start()
    step.finish("ok")
    assert step.attempts == 2
    assert step.error is None


def test_cannot_finish_a_pending_step():
    with pytest.raises(InvalidTransition):
        Step("x").finish(1)
