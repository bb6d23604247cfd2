import pytest

from subgoal_stack import GoalStack


def test_root_is_the_current_goal():
    stack = GoalStack("ship feature")
    assert stack.current() == "ship feature"
    assert stack.path() == ["ship feature"]


def test_expand_works_on_the_first_subgoal():
    stack = GoalStack("ship feature")
    stack.expand(["write code", "write tests", "open PR"])
    assert stack.current() == "write code"
    assert stack.path() == ["ship feature", "write code"]
    assert stack.open_subgoals("ship feature") == 3


def test_complete_moves_through_subgoals_then_parent():
    stack = GoalStack("ship feature")
    stack.expand(["write code", "open PR"])
    assert stack.complete() == "write code"
    assert stack.current() == "open PR"
    assert stack.complete() == "open PR"
    assert stack.current() == "ship feature"
    assert stack.complete() == "ship feature"
    assert stack.current() is None
    assert stack.status("write code") == "done"


def test_parent_with_open_subgoals_cannot_be_closed():
    stack = GoalStack("root")
    stack.expand(["a"])
    stack.expand(["a1", "a2"])
    stack.complete()
    assert stack.path() == ["root", "a", "a2"]
    stack.complete()
    assert stack.open_subgoals("a") == 0
    assert stack.open_subgoals("root") == 1


def test_abandoned_subgoal_does_not_block_its_parent():
    stack = GoalStack("fix bug")
    stack.expand(["reproduce", "bisect", "patch"])
    stack.complete()
    assert stack.abandon() == "bisect"
    assert stack.status("bisect") == "abandoned"
    stack.complete()
    assert stack.complete() == "fix bug"
    assert stack.status("fix bug") == "done"


def test_duplicate_subgoal_is_rejected():
    stack = GoalStack("root")
    stack.expand(["a"])
    with pytest.raises(ValueError):
        stack.expand(["b", "root"])
    assert stack.current() == "a"
