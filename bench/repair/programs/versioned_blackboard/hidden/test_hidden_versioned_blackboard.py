import pytest

from versioned_blackboard import Blackboard, Conflict


def test_unknown_key_has_version_zero():
    bb = Blackboard()
    assert bb.version_of("nothing") == 0
    bb.write("x", 1, "a")
    assert bb.version_of("nothing") == 0


def test_second_create_only_write_conflicts():
    bb = Blackboard()
    assert bb.write("lock", "a", "a", expected=0) == 1
    with pytest.raises(Conflict) as err:
        bb.write("lock", "b", "b", expected=0)
    assert err.value.actual == 1
    assert err.value.expected == 0
    assert bb.read("lock") == "a"


def test_create_only_after_other_keys():
    bb = Blackboard()
    bb.write("a", 1, "x")
    bb.write("b", 2, "x")
    assert bb.write("c", 3, "y", expected=0) == 3
    assert bb.changes_since(2) == [("c", 3, "y")]


def test_expected_nonzero_on_missing_key_conflicts():
    bb = Blackboard()
    with pytest.raises(Conflict) as err:
        bb.write("k", 1, "a", expected=4)
    assert err.value.actual == 0
    assert bb.version == 0


def test_rewrite_moves_key_to_end_of_changes():
    bb = Blackboard()
    bb.write("a", 1, "x")
    bb.write("b", 2, "y")
    bb.write("a", 10, "z")
    assert bb.changes_since(0) == [("b", 2, "y"), ("a", 10, "z")]
    assert bb.changes_since(3) == []
