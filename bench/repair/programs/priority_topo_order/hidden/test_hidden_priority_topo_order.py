import random

import pytest

from priority_topo_order import CycleError, priority_order


def _reference(deps, priority):
    tasks = set(deps)
    for required in deps.values():
        tasks.update(required)
    needs = {task: set(deps.get(task, ())) for task in tasks}
    done: list[str] = []
    while len(done) < len(tasks):
        ready = [t for t in tasks if t not in done and needs[t] <= set(done)]
        assert ready, "reference found a cycle"
        done.append(min(ready, key=lambda t: (-priority.get(t, 0), t)))
    return done


def test_diamond_with_uneven_priorities():
    deps = {"a": [], "b": ["a"], "c": ["a"], "d": ["b", "c"], "e": []}
    priority = {"a": 8, "b": 1, "c": 2, "d": 9, "e": 4}
    assert priority_order(deps, priority) == ["a", "e", "c", "b", "d"]


def test_child_priority_used_not_parent():
    deps = {"root": [], "side": [], "leaf": ["root"]}
    assert priority_order(deps, {"root": 5, "side": 3, "leaf": 0}) == ["root", "side", "leaf"]
    assert priority_order(deps, {"root": 5, "side": 3, "leaf": 4}) == ["root", "leaf", "side"]


def test_unlisted_dependency_counts_as_task():
    assert priority_order({"x": ["y"]}, {"x": 1}) == ["y", "x"]


def test_duplicate_dependency_listed_twice():
    assert priority_order({"x": ["y", "y"], "y": []}, {}) == ["y", "x"]


def test_negative_priorities_run_last():
    deps = {"p": [], "q": [], "r": ["p"]}
    assert priority_order(deps, {"p": 0, "q": -3, "r": -1}) == ["p", "r", "q"]


def test_cycle_message_names_stuck_tasks():
    with pytest.raises(CycleError) as info:
        priority_order({"a": [], "b": ["c", "a"], "c": ["b"]}, {})
    assert "b" in str(info.value) and "c" in str(info.value)
    assert "a" not in str(info.value).split(":")[-1]


def test_random_dags_match_reference():
    rng = random.Random(2024)
    for _ in range(200):
        names = [f"t{i}" for i in range(rng.randint(1, 9))]
        deps = {}
        for i, name in enumerate(names):
            earlier = names[:i]
            deps[name] = rng.sample(earlier, rng.randint(0, min(3, len(earlier))))
        priority = {name: rng.randint(-2, 6) for name in names if rng.random() < 0.8}
        assert priority_order(deps, priority) == _reference(deps, priority)
