import pytest

from plan_wave_levels import CycleError, plan_waves, wave_of


def test_empty_plan():
    assert plan_waves([], {}) == []


def test_wave_order_follows_plan_not_alphabet():
    steps = ["zeta", "mu", "beta", "alpha", "omega"]
    deps = {"beta": ["mu"], "alpha": ["zeta"], "omega": ["alpha", "beta"]}
    # released in the order alpha (from zeta), beta (from mu); plan says beta first
    assert plan_waves(steps, deps) == [["zeta", "mu"], ["beta", "alpha"], ["omega"]]


def test_three_parents_release_in_plan_order():
    steps = ["p1", "p2", "p3", "c", "b", "a"]
    deps = {"a": ["p1"], "b": ["p2"], "c": ["p3"]}
    assert plan_waves(steps, deps) == [["p1", "p2", "p3"], ["c", "b", "a"]]


def test_step_waits_for_its_slowest_dependency():
    steps = ["s", "t", "u", "v"]
    deps = {"t": ["s"], "u": ["t"], "v": ["s", "u"]}
    waves = plan_waves(steps, deps)
    assert waves == [["s"], ["t"], ["u"], ["v"]]
    assert wave_of(waves)["v"] == 3


def test_duplicate_dependency_listed_twice():
    assert plan_waves(["a", "b"], {"b": ["a", "a"]}) == [["a"], ["b"]]


def test_unknown_dependency_raises_key_error():
    with pytest.raises(KeyError):
        plan_waves(["a"], {"a": ["missing"]})


def test_cycle_message_names_stuck_steps():
    with pytest.raises(CycleError) as info:
        plan_waves(["ok", "x", "y", "z"], {"x": ["z"], "y": ["x"], "z": ["y"]})
    assert "x, y, z" in str(info.value)
    assert "ok" not in str(info.value)


def test_wide_plan_in_reverse_alphabetical_order():
    names = [f"step{i:02d}" for i in range(12)][::-1]
    root = "root"
    steps = [root] + names
    deps = {n: [root] for n in names}
    assert plan_waves(steps, deps) == [[root], names]
