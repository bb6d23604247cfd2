from subagent_fanout import FanoutLimits, SubagentRequest


def make(name, priority):
    return SubagentRequest(name, f"task {name}", priority)


def test_low_priority_is_what_gets_deferred():
    batch = [make("low", -1), make("mid", 1), make("high", 9), make("also-mid", 1)]
    plan = FanoutLimits(max_parallel=2, max_total=3).plan(batch)
    assert plan.names_by_wave() == [["high", "mid"], ["also-mid"]]
    assert [r.name for r in plan.deferred] == ["low"]


def test_ties_keep_request_order_across_priorities():
    batch = [make("a", 0), make("b", 2), make("c", 0), make("d", 2), make("e", 1)]
    plan = FanoutLimits(max_parallel=10).plan(batch)
    assert [r.name for r in plan.launched] == ["b", "d", "e", "a", "c"]


def test_max_total_zero_defers_everything_in_priority_order():
    batch = [make("x", 1), make("y", 3)]
    plan = FanoutLimits(max_parallel=1, max_total=0).plan(batch)
    assert plan.waves == []
    assert [r.name for r in plan.deferred] == ["y", "x"]


def test_every_wave_within_cap_and_nothing_lost():
    batch = [make(f"s{i}", (i * 7) % 5) for i in range(23)]
    plan = FanoutLimits(max_parallel=4, max_total=17).plan(batch)
    assert all(1 <= len(wave) <= 4 for wave in plan.waves)
    assert len(plan.launched) == 17
    assert sorted(r.name for r in plan.launched + plan.deferred) == sorted(r.name for r in batch)
    assert min(r.priority for r in plan.launched) >= max(r.priority for r in plan.deferred)


def test_input_list_untouched():
    batch = [make("a", 1), make("b", 2)]
    FanoutLimits().plan(batch)
    assert [r.name for r in batch] == ["a", "b"]
