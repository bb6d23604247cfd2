import pytest

from least_loaded_dispatch import Dispatcher, Overloaded


def test_spreads_tasks_evenly():
    d = Dispatcher(["a", "b", "c"], capacity=3)
    assert [d.assign(f"t{i}") for i in range(6)] == ["a", "b", "c", "a", "b", "c"]


def test_overloaded_when_pool_is_full():
    d = Dispatcher(["a"], capacity=2)
    d.assign("t1")
    d.assign("t2")
    with pytest.raises(Overloaded):
        d.assign("t3")


def test_completed_task_frees_agent():
    d = Dispatcher(["a"], capacity=1)
    d.assign("t1")
    assert d.complete("t1") == "a"
    assert d.assign("t2") == "a"


def test_tasks_of():
    d = Dispatcher(["a", "b"], capacity=5)
    for t in ["x", "y", "z"]:
        d.assign(t)
    assert d.tasks_of("a") == ["x", "z"]
