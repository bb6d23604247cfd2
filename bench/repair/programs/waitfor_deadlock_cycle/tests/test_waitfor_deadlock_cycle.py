from waitfor_deadlock_cycle import find_cycle, resolve


def test_no_waits_no_cycle():
    assert find_cycle({}) is None
    assert find_cycle({"a": ["b"], "b": ["c"]}) is None


def test_simple_cycle_rotated():
    assert find_cycle({"c": ["a"], "a": ["b"], "b": ["c"]}) == ["a", "b", "c"]


def test_shared_dependency_is_not_a_deadlock():
    waits = {"a": ["b", "c"], "b": ["d"], "c": ["d"]}
    assert find_cycle(waits) is None


def test_resolve_picks_lowest_priority():
    waits = {"a": ["b"], "b": ["a"]}
    assert resolve(waits, {"a": 5, "b": 1}) == ["b"]
