import pytest

from plan_status_board import PlanBoard, TransitionError


def board():
    return PlanBoard(["read the issue", "write the patch", "run the tests"])


def test_happy_path():
    plan = board()
    for index in range(3):
        plan.move(index, "active")
        plan.move(index, "done")
    assert plan.progress() == (3, 3)
    assert plan.active() is None


def test_invalid_transition_rejected():
    plan = board()
    with pytest.raises(TransitionError):
        plan.move(0, "done")
    assert plan.steps[0].status == "pending"


def test_only_one_step_active():
    plan = board()
    plan.move(0, "active")
    with pytest.raises(TransitionError):
        plan.move(1, "active")
    assert plan.active() == "read the issue"


def test_failure_keeps_error_and_allows_retry():
    plan = board()
    plan.move(1, "active")
    plan.move(1, "failed", "tests crashed")
    step = plan.move(1, "active")
    assert step.attempts == 2
    assert step.errors == ["tests crashed"]


def test_history_records_transitions():
    plan = board()
    plan.move(0, "active")
    plan.move(0, "done")
    plan.move(2, "skipped")
    assert plan.history == [(0, "pending", "active"), (0, "active", "done"),
                            (2, "pending", "skipped")]


def test_next_pending():
    plan = board()
    plan.move(0, "skipped")
    assert plan.next_pending() == 1
