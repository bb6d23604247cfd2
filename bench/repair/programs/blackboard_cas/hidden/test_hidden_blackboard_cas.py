import pytest

from blackboard_cas import Blackboard, Change, VersionConflict


def test_every_merge_is_logged_in_order():
    board = Blackboard()
    board.merge("notes", {"x": 1}, "a")
    board.post("plan", "p", "b")
    board.merge("notes", {"y": 2}, "c", expected=1)
    changes, cursor = board.changes_since()
    assert changes == [Change("notes", 1, "a"), Change("plan", 1, "b"), Change("notes", 2, "c")]
    assert cursor == 3


def test_poller_sees_merge_after_its_cursor():
    board = Blackboard()
    board.post("plan", "p", "planner")
    _, cursor = board.changes_since()
    board.merge("facts", {"k": "v"}, "researcher")
    changes, new_cursor = board.changes_since(cursor)
    assert changes == [Change("facts", 1, "researcher")]
    assert new_cursor == cursor + 1


def test_authors_include_mergers():
    board = Blackboard()
    board.merge("facts", {"a": 1}, "r1")
    board.merge("facts", {"a": 2}, "r2")
    board.post("facts", {"a": 3}, "boss")
    assert board.authors("facts") == ["r1", "r2", "boss"]
    assert board.read("facts") == ({"a": 3}, 3)


def test_stale_merge_is_refused_and_not_logged():
    board = Blackboard()
    board.merge("facts", {"a": 1}, "r1")
    board.merge("facts", {"b": 2}, "r2")
    with pytest.raises(VersionConflict):
        board.merge("facts", {"c": 3}, "r3", expected=1)
    assert board.read("facts") == ({"a": 1, "b": 2}, 2)
    assert board.authors("facts") == ["r1", "r2"]


def test_merge_into_non_dict_is_refused():
    board = Blackboard()
    board.post("plan", "text", "planner")
    with pytest.raises(TypeError):
        board.merge("plan", {"a": 1}, "x")
    assert board.read("plan") == ("text", 1)


def test_expected_zero_means_create_only():
    board = Blackboard()
    assert board.merge("lock", {"owner": "a"}, "a", expected=0) == 1
    with pytest.raises(VersionConflict):
        board.post("lock", {"owner": "b"}, "b", expected=0)
