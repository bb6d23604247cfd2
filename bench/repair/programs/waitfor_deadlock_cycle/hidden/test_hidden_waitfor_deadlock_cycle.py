from waitfor_deadlock_cycle import find_cycle, resolve


def test_self_wait():
    assert find_cycle({"x": ["x"]}) == ["x"]


def test_cycle_reached_through_tail():
    waits = {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"]}
    assert find_cycle(waits) == ["b", "c", "d"]


def test_diamond_then_cycle_elsewhere():
    waits = {"a": ["b", "c"], "b": ["e"], "c": ["e"], "e": [], "p": ["q"], "q": ["p"]}
    assert find_cycle(waits) == ["p", "q"]


def test_finished_branch_revisited_from_later_root():
    waits = {"a": ["m"], "m": ["n"], "z": ["m"]}
    assert find_cycle(waits) is None


def test_resolve_two_independent_deadlocks():
    waits = {"a": ["b"], "b": ["a"], "c": ["d"], "d": ["e"], "e": ["c"], "f": ["a"]}
    victims = resolve(waits, {"a": 3, "b": 4, "c": 2, "d": 9, "e": 1})
    assert victims == ["a", "e"]
    assert waits["a"] == ["b"]  # input left untouched


def test_resolve_without_deadlock():
    waits = {"a": ["b", "c"], "b": ["c"]}
    assert resolve(waits, {}) == []
