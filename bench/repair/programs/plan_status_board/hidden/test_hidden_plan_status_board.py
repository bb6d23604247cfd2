import pytest

from plan_status_board import PlanBoard, TransitionError


def test_history_through_retries():
    plan = PlanBoard(["fetch", "summarize"], max_attempts=2)
    plan.move(0, "active")
    plan.move(0, "failed", "timeout")
    plan.move(0, "active")
    plan.move(0, "pending")
    plan.move(1, "active")
    plan.move(1, "done")
    assert plan.history == [
        (0, "pending", "active"),
        (0, "active", "failed"),
        (0, "failed", "active"),
        (0, "active", "pending"),
        (1, "pending", "active"),
        (1, "active", "done"),
    ]


def test_rejected_moves_leave_no_history():
    plan = PlanBoard(["a", "b"], max_attempts=1)
    plan.move(0, "active")
    with pytest.raises(TransitionError):
        plan.move(1, "active")
    plan.move(0, "failed")
    with pytest.raises(TransitionError):
        plan.move(0, "active")
    assert plan.history == [(0, "pending", "active"), (0, "active", "failed")]
    assert plan.steps[0].status == "failed"
    assert plan.steps[0].errors == ["unknown error"]


def test_history_entries_describe_previous_state():
    plan = PlanBoard(["x", "y", "z"])
    plan.move(1, "skipped")
    plan.move(0, "active")
    plan.move(0, "failed", "boom")
    plan.move(0, "skipped")
    for _, before, after in plan.history:
        assert before != after
    assert [entry[1] for entry in plan.history] == ["pending", "pending", "active", "failed"]


def test_finished_steps_cannot_move():
    plan = PlanBoard(["x"])
    plan.move(0, "active")
    plan.move(0, "done")
    for status in ("pending", "active", "failed", "skipped"):
        with pytest.raises(TransitionError):
            plan.move(0, status)
    assert plan.progress() == (1, 1)


def test_progress_counts_skipped():
    plan = PlanBoard(["a", "b", "c", "d"])
    plan.move(3, "skipped")
    plan.move(0, "active")
    assert plan.progress() == (1, 4)
    assert plan.next_pending() == 1
    assert plan.active() == "a"
