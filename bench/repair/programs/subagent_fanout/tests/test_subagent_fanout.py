import pytest

from subagent_fanout import FanoutLimits, SubagentRequest


def requests(*names, priority=0):
    return [SubagentRequest(name, f"research {name}", priority) for name in names]


def test_waves_capped_by_max_parallel():
    plan = FanoutLimits(max_parallel=2).plan(requests("a", "b", "c", "d", "e"))
    assert plan.names_by_wave() == [["a", "b"], ["c", "d"], ["e"]]
    assert plan.deferred == []


def test_overflow_deferred():
    plan = FanoutLimits(max_parallel=3, max_total=4).plan(requests("a", "b", "c", "d", "e", "f"))
    assert [r.name for r in plan.launched] == ["a", "b", "c", "d"]
    assert [r.name for r in plan.deferred] == ["e", "f"]


def test_urgent_request_launches_first():
    batch = requests("docs", "tests") + [SubagentRequest("hotfix", "fix prod", priority=5)]
    plan = FanoutLimits(max_parallel=2).plan(batch)
    assert plan.names_by_wave() == [["hotfix", "docs"], ["tests"]]


def test_duplicate_names_rejected():
    with pytest.raises(ValueError):
        FanoutLimits().plan(requests("a", "a"))


def test_invalid_limits():
    with pytest.raises(ValueError):
        FanoutLimits(max_parallel=0)
