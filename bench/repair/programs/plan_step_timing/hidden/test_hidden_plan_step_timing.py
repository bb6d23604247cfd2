import pytest

from plan_step_timing import InvalidTransition, Step


def fake_clock(*times):
    it = iter(times)
    return lambda: next(it)


def test_failed_duration_uses_failure_time():
    step = Step("s", clock=fake_clock(100.0, 100.25))
    step.start()
    step.fail(ValueError("bad"))
    assert step.duration() == 0.25
    assert step.ended_at == 100.25
    assert step.error == "bad"


def test_duration_is_none_again_while_retrying():
    step = Step("s", clock=fake_clock(0.0, 2.0, 10.0, 13.0))
    step.start()
    step.fail("x")
    assert step.duration() == 2.0
    step.retry()
    step.start()
    assert step.duration() is None
    step.finish("ok")
    assert step.duration() == 3.0


def test_second_failure_duration():
    step = Step("s", clock=fake_clock(0.0, 1.0, 5.0, 9.0))
    step.start()
    step.fail("a")
    step.retry()
    step.start()
    step.fail("b")
    assert step.snapshot()["duration"] == 4.0
    assert step.snapshot()["attempts"] == 2


def test_cancel_running_step_has_duration():
    step = Step("s", clock=fake_clock(3.0, 7.0))
    step.start()
    step.cancel()
    assert step.state == "cancelled"
    assert step.duration() == 4.0


def test_cancel_pending_step_reads_no_clock():
    step = Step("s", clock=fake_clock())
    step.cancel()
    assert step.duration() is None


def test_done_is_final():
    step = Step("s", clock=fake_clock(0.0, 1.0))
    step.start()
    step.finish(1)
    for move in (step.start, step.retry, step.cancel):
        with pytest.raises(InvalidTransition):
            move()
    with pytest.raises(InvalidTransition):
        step.fail("late")


def test_cannot_retry_running_step():
    step = Step("s", clock=fake_clock(0.0))
    step.start()
    with pytest.raises(InvalidTransition):
        step.retry()
