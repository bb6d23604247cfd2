import pytest

from subtask_tree_moves import ROOT, TaskTree


def make_plan():
    tree = TaskTree()
    tree.add("research")
    tree.add("read docs", "research")
    tree.add("try api", "research")
    tree.add("build")
    tree.add("write code", "build")
    return tree


def test_add_and_children():
    tree = make_plan()
    assert tree.children() == ["research", "build"]
    assert tree.children("research") == ["read docs", "try api"]
    assert tree.parent("write code") == "build"


def test_outline():
    tree = make_plan()
    assert tree.outline() == "research\n  read docs\n  try api\nbuild\n  write code"


def test_move_subtask():
    tree = make_plan()
    tree.move("try api", "build")
    assert tree.parent("try api") == "build"
    assert tree.children("build") == ["write code", "try api"]
    assert tree.children("research") == ["read docs"]


def test_move_under_own_descendant_rejected():
    tree = make_plan()
    with pytest.raises(ValueError):
        tree.move("research", "read docs")
    with pytest.raises(ValueError):
        tree.move(ROOT, "build")


def test_drop_removes_subtree():
    tree = make_plan()
    assert tree.drop("research") == ["research", "read docs", "try api"]
    assert tree.children() == ["build"]
