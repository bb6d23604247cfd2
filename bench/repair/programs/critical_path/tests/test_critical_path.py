import pytest

from critical_path import schedule, topological_order

# design -> (build, docs) -> release
DURATIONS = {"design": 3, "build": 5, "docs": 2, "release": 1}
AFTER = {"build": ["design"], "docs": ["design"], "release": ["build", "docs"]}


def test_topological_order():
    assert topological_order(DURATIONS, AFTER) == ["design", "build", "docs", "release"]


def test_cycle_is_reported():
    with pytest.raises(ValueError, match="cycle"):
        topological_order({"a": 1, "b": 1}, {"a": ["b"], "b": ["a"]})


def test_earliest_starts_and_makespan():
    plan = schedule(DURATIONS, AFTER)
    assert plan.earliest == {"design": 0, "build": 3, "docs": 3, "release": 8}
    assert plan.makespan == 9


def test_slack_and_critical_path():
    plan = schedule(DURATIONS, AFTER)
    assert plan.slack == {"design": 0, "build": 0, "docs": 3, "release": 0}
    assert plan.critical == ["design", "build", "release"]


def test_independent_tasks_run_in_parallel():
    plan = schedule({"a": 4, "b": 2}, {})
    assert plan.makespan == 4
    assert plan.latest == {"a": 0, "b": 2}
