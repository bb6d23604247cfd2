import pytest

from subtask_tree_moves import ROOT, TaskTree


def make_plan():
    tree = TaskTree()
    for task, parent in [("a", ROOT), ("a1", "a"), ("a2", "a"), ("a2x", "a2"), ("b", ROOT), ("c", ROOT)]:
        tree.add(task, parent)
    return tree


def test_move_whole_subtree_keeps_descendants():
    tree = make_plan()
    tree.move("a2", "c")
    assert tree.children("a") == ["a1"]
    assert tree.children("c") == ["a2"]
    assert tree.ancestors("a2x") == ["a2", "c", ROOT]
    assert list(tree.walk()) == [ROOT, "a", "a1", "b", "c", "a2", "a2x"]


def test_outline_after_move_has_each_task_once():
    tree = make_plan()
    tree.move("b", "a1")
    assert tree.outline() == "a\n  a1\n    b\n  a2\n    a2x\nc"


def test_move_to_root_then_drop():
    tree = make_plan()
    tree.move("a2x", ROOT)
    assert tree.children() == ["a", "b", "c", "a2x"]
    assert tree.children("a2") == []
    assert tree.drop("a") == ["a", "a1", "a2"]
    assert tree.children() == ["b", "c", "a2x"]
    assert list(tree.walk()) == [ROOT, "b", "c", "a2x"]


def test_repeated_moves():
    tree = make_plan()
    tree.move("a1", "b")
    tree.move("a1", "c")
    tree.move("a1", "a")
    assert tree.children("a") == ["a2", "a1"]
    assert tree.children("b") == []
    assert tree.children("c") == []


def test_move_onto_self_and_unknown_tasks():
    tree = make_plan()
    with pytest.raises(ValueError):
        tree.move("a", "a")
    with pytest.raises(ValueError):
        tree.move("a", "a2x")
    with pytest.raises(KeyError):
        tree.add("z", "missing")
    with pytest.raises(ValueError):
        tree.add("a1", "b")
