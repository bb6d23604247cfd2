from plan_slack_times import critical_steps, plan_slack


def test_empty_plan():
    assert plan_slack({}, {}) == ({}, 0)


def test_single_step():
    table, length = plan_slack({"only": 5}, {})
    assert length == 5
    assert table["only"] == {"earliest": 0, "latest": 0, "slack": 0}


def test_independent_steps_short_one_has_slack():
    table, length = plan_slack({"long": 8, "short": 3}, {})
    assert length == 8
    assert table["short"]["slack"] == 5
    assert critical_steps(table) == ["long"]


def test_chain_is_entirely_critical():
    durations = {"fetch": 2, "parse": 3, "summarize": 4}
    deps = {"parse": ["fetch"], "summarize": ["parse"]}
    table, length = plan_slack(durations, deps)
    assert length == 9
    assert table["summarize"]["earliest"] == 5
    assert critical_steps(table) == ["fetch", "parse", "summarize"]


def test_diamond_slack_on_short_branch():
    durations = {"plan": 1, "search": 2, "browse": 3, "write": 1}
    deps = {"search": ["plan"], "browse": ["plan"], "write": ["search", "browse"]}
    table, length = plan_slack(durations, deps)
    assert length == 5
    assert table["search"]["slack"] == 1
    assert critical_steps(table) == ["plan", "browse", "write"]
