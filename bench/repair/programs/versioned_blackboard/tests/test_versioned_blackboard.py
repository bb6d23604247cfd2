import pytest

from versioned_blackboard import Blackboard, Conflict


def test_write_and_read():
    bb = Blackboard()
    assert bb.write("plan", ["step 1"], author="planner") == 1
    assert bb.read("plan") == ["step 1"]
    assert bb.read("missing", default="?") == "?"


def test_versions_increase_globally():
    bb = Blackboard()
    bb.write("a", 1, "x")
    bb.write("b", 2, "y")
    bb.write("a", 3, "x")
    assert bb.version_of("a") == 3
    assert bb.version_of("b") == 2


def test_stale_write_is_rejected():
    bb = Blackboard()
    v = bb.write("goal", "draft", "writer")
    bb.write("goal", "final", "editor", expected=v)
    with pytest.raises(Conflict):
        bb.write("goal", "oops", "writer", expected=v)
    assert bb.read("goal") == "final"


def test_create_only_write():
    bb = Blackboard()
    bb.write("owner", "agent-1", "agent-1", expected=0)
    assert bb.read("owner") == "agent-1"


def test_changes_since():
    bb = Blackboard()
    bb.write("a", 1, "x")
    seen = bb.version
    bb.write("b", 2, "y")
    bb.write("c", 3, "z")
    assert bb.changes_since(seen) == [("b", 2, "y"), ("c", 3, "z")]
