import pytest

from blackboard_cas import Blackboard, Change, VersionConflict


def test_unknown_key_reads_as_version_zero():
    assert Blackboard().read("plan") == (None, 0)


def test_post_bumps_the_version():
    board = Blackboard()
    assert board.post("plan", ["search"], "planner") == 1
    assert board.post("plan", ["search", "summarise"], "planner") == 2
    assert board.read("plan") == (["search", "summarise"], 2)


def test_stale_post_is_refused():
    board = Blackboard()
    board.post("plan", "v1", "planner")
    _, seen = board.read("plan")
    board.post("plan", "v2", "critic", expected=seen)
    with pytest.raises(VersionConflict) as info:
        board.post("plan", "v2-bis", "planner", expected=seen)
    assert (info.value.expected, info.value.actual) == (1, 2)
    assert board.read("plan") == ("v2", 2)


def test_merge_combines_fields():
    board = Blackboard()
    board.merge("facts", {"capital": "Paris"}, "researcher")
    version = board.merge("facts", {"population": 2.1}, "checker", expected=1)
    assert version == 2
    assert board.read("facts") == ({"capital": "Paris", "population": 2.1}, 2)


def test_changes_since_cursor():
    board = Blackboard()
    board.post("plan", "v1", "planner")
    board.merge("facts", {"a": 1}, "researcher")
    changes, cursor = board.changes_since()
    assert changes == [Change("plan", 1, "planner"), Change("facts", 1, "researcher")]
    board.post("plan", "v2", "critic")
    changes, cursor = board.changes_since(cursor)
    assert changes == [Change("plan", 2, "critic")]
    assert board.changes_since(cursor) == ([], cursor)


def test_authors():
    board = Blackboard()
    board.post("draft", "x", "writer")
    board.post("draft", "y", "editor")
    assert board.authors("draft") == ["writer", "editor"]
