import random

import pytest

from critical_path import schedule


def longest_finish(durations, after):
    memo = {}

    def finish(task):
        if task not in memo:
            memo[task] = durations[task] + max((finish(p) for p in after.get(task, ())), default=0)
        return memo[task]

    return {task: finish(task) for task in durations}


def test_random_dags_against_recursion():
    rng = random.Random(7)
    for _ in range(150):
        names = [f"t{i}" for i in range(rng.randint(1, 8))]
        durations = {name: rng.randint(0, 6) for name in names}
        after = {name: [p for p in names[:i] if rng.random() < 0.35] for i, name in enumerate(names)}
        plan = schedule(durations, after)
        finish = longest_finish(durations, after)
        assert plan.makespan == max(finish.values())
        for task in names:
            assert plan.earliest[task] == finish[task] - durations[task]
            assert plan.slack[task] >= 0
            assert plan.slack[task] == plan.latest[task] - plan.earliest[task]
            assert plan.latest[task] + durations[task] <= plan.makespan
            for p in after[task]:
                assert plan.latest[p] + durations[p] <= plan.latest[task]
        assert any(plan.slack[t] == 0 for t in names)


def test_single_task_and_empty_project():
    plan = schedule({"only": 5}, {})
    assert (plan.makespan, plan.earliest, plan.latest, plan.slack, plan.critical) == \
        (5, {"only": 0}, {"only": 0}, {"only": 0}, ["only"])
    empty = schedule({}, {})
    assert empty.makespan == 0 and empty.critical == []


def test_slack_on_a_side_branch():
    durations = {"a": 2, "b": 7, "c": 1, "d": 3, "e": 2}
    after = {"b": ["a"], "c": ["a"], "d": ["c"], "e": ["b", "d"]}
    plan = schedule(durations, after)
    assert plan.makespan == 11
    assert plan.latest == {"a": 0, "b": 2, "c": 5, "d": 6, "e": 9}
    assert plan.slack == {"a": 0, "b": 0, "c": 3, "d": 3, "e": 0}
    assert plan.critical == ["a", "b", "e"]


def test_a_long_last_task_decides_the_makespan():
    plan = schedule({"x": 1, "y": 10, "z": 2}, {"y": ["x"]})
    assert plan.makespan == 11
    assert plan.slack == {"x": 0, "z": 9, "y": 0}
    assert plan.latest["z"] == 9
