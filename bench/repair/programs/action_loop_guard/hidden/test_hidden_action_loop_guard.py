from action_loop_guard import LoopGuard, find_cycle


def test_longest_allowed_period_is_found():
    for period in range(1, 7):
        actions = [f"step{i}" for i in range(period)] * 2
        assert find_cycle(actions, max_period=period, repeats=2) == period


def test_periods_longer_than_allowed_are_ignored():
    actions = ["a", "b", "c", "d"] * 3
    assert find_cycle(actions, max_period=3, repeats=3) is None
    assert find_cycle(actions, max_period=4, repeats=3) == 4
    assert find_cycle(actions, max_period=5, repeats=3) == 4


def test_max_period_one():
    assert find_cycle(["x", "y", "y"], max_period=1, repeats=2) == 1
    assert find_cycle(["x", "y", "x", "y"], max_period=1, repeats=2) is None


def test_not_enough_repeats_or_history():
    assert find_cycle(["a", "b", "a", "b"], max_period=2, repeats=3) is None
    assert find_cycle([], max_period=3, repeats=2) is None
    assert find_cycle(["p", "a", "b", "c", "a", "b", "c"], max_period=3, repeats=2) == 3


def test_guard_warns_on_three_call_cycle_once():
    guard = LoopGuard(max_period=3, repeats=2)
    calls = [("grep", {"q": "x"}), ("open", {"f": 1}), ("edit", {"f": 1})] * 2
    results = [guard.record(tool, args) for tool, args in calls]
    assert results == [None, None, None, None, None, 3]
    assert guard.warnings == ['repeated 2x: grep:{"q":"x"} -> open:{"f":1} -> edit:{"f":1}']
    assert guard.record("grep", {"q": "x"}) is None


def test_guard_smallest_period_wins():
    guard = LoopGuard(max_period=4, repeats=2)
    results = [guard.record("t", {}) for _ in range(3)]
    assert results == [None, 1, None]
