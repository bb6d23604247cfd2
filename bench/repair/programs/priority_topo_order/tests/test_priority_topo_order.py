import pytest

from priority_topo_order import CycleError, priority_order


def test_chain_keeps_dependency_order():
    deps = {"deploy": ["test"], "test": ["build"], "build": []}
    assert priority_order(deps, {}) == ["build", "test", "deploy"]


def test_independent_tasks_by_priority():
    deps = {"lint": [], "build": [], "docs": []}
    priority = {"lint": 2, "build": 9, "docs": 1}
    assert priority_order(deps, priority) == ["build", "lint", "docs"]


def test_ties_broken_by_name():
    assert priority_order({"b": [], "c": [], "a": []}, {}) == ["a", "b", "c"]


def test_low_priority_follow_up_waits_behind_other_ready_work():
    deps = {"build": [], "docs": [], "upload_artifacts": ["build"]}
    priority = {"build": 9, "docs": 5, "upload_artifacts": 1}
    assert priority_order(deps, priority) == ["build", "docs", "upload_artifacts"]


def test_urgent_follow_up_jumps_ahead():
    deps = {"fetch": [], "cleanup": [], "alert": ["fetch"]}
    priority = {"fetch": 3, "cleanup": 2, "alert": 10}
    assert priority_order(deps, priority) == ["fetch", "alert", "cleanup"]


def test_cycle_is_reported():
    with pytest.raises(CycleError):
        priority_order({"a": ["b"], "b": ["a"], "c": []}, {})
