import pytest

from least_loaded_dispatch import Dispatcher, Overloaded


def test_costs_respected():
    d = Dispatcher(["a", "b"], capacity=4)
    assert d.assign("big", cost=3) == "a"
    assert d.assign("mid", cost=2) == "b"
    assert d.assign("small", cost=1) == "b"
    with pytest.raises(Overloaded):
        d.assign("more", cost=2)


def test_complete_restores_capacity_exactly():
    d = Dispatcher(["a"], capacity=3)
    d.assign("t1", cost=3)
    with pytest.raises(Overloaded):
        d.assign("t2")
    d.complete("t1")
    assert d.load == {"a": 0}
    assert d.assign("t2", cost=3) == "a"
    assert d.completed == {"a": 1}


def test_load_after_mixed_work():
    d = Dispatcher(["x", "y"], capacity=10)
    for i in range(5):
        d.assign(f"t{i}", cost=2)
    d.complete("t0")
    d.complete("t3")
    assert d.load == {"x": 4, "y": 2}
    assert d.assign("t9") == "y"


def test_reassigning_same_task_is_idempotent():
    d = Dispatcher(["a", "b"], capacity=2)
    assert d.assign("t") == "a"
    assert d.assign("t") == "a"
    assert d.load == {"a": 1, "b": 0}


def test_remove_agent_moves_open_tasks():
    d = Dispatcher(["a", "b", "c"], capacity=3)
    for t in ["t1", "t2", "t3", "t4"]:
        d.assign(t)
    d.complete("t3")
    moved = d.remove_agent("a")
    assert moved == {"t1": "c", "t4": "b"}
    assert d.load == {"b": 2, "c": 1}
    assert d.tasks_of("a") == []
