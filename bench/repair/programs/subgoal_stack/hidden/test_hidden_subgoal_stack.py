import pytest

from subgoal_stack import GoalStack


def test_abandon_updates_open_subgoal_count():
    stack = GoalStack("root")
    stack.expand(["a", "b", "c"])
    stack.abandon()
    assert stack.open_subgoals("root") == 2
    stack.abandon()
    assert stack.open_subgoals("root") == 1
    assert stack.current() == "c"


def test_abandon_every_subgoal_then_close_parent():
    stack = GoalStack("root")
    stack.expand(["x", "y"])
    stack.abandon()
    stack.abandon()
    assert stack.open_subgoals("root") == 0
    assert stack.abandon() == "root"
    assert stack.status("root") == "abandoned"
    assert stack.current() is None


def test_nested_abandon_and_complete():
    stack = GoalStack("root")
    stack.expand(["a", "b"])
    stack.expand(["a1", "a2"])
    stack.complete()
    stack.abandon()
    assert stack.path() == ["root", "a"]
    assert stack.complete() == "a"
    stack.expand(["b1"])
    assert stack.path() == ["root", "b", "b1"]
    stack.abandon()
    assert stack.abandon() == "b"
    assert stack.complete() == "root"
    assert [stack.status(n) for n in ("a1", "a2", "a", "b1", "b", "root")] == [
        "done", "abandoned", "done", "abandoned", "abandoned", "done",
    ]


def test_parent_still_blocked_by_remaining_subgoal():
    stack = GoalStack("root")
    stack.expand(["a"])
    stack.expand(["a1", "a2", "a3"])
    stack.abandon()
    stack.complete()
    assert stack.current() == "a3"
    assert stack.open_subgoals("a") == 1
    stack.expand(["deep"])
    stack.abandon()
    stack.complete()
    assert stack.open_subgoals("a") == 0
    assert stack.complete() == "a"


def test_nothing_left_to_close_raises():
    stack = GoalStack("root")
    stack.expand(["a", "b"])
    stack.abandon()
    stack.complete()
    stack.complete()
    with pytest.raises(IndexError):
        stack.complete()
    with pytest.raises(IndexError):
        stack.abandon()
    with pytest.raises(IndexError):
        stack.expand(["late"])


def test_empty_expand_and_status_of_open_goal():
    stack = GoalStack("root")
    stack.expand([])
    assert stack.current() == "root"
    assert stack.status("root") == "open"
    assert stack.open_subgoals("root") == 0
