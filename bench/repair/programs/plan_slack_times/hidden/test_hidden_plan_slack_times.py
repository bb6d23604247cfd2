from plan_slack_times import critical_steps, plan_slack


def test_unequal_chain_exact_times():
    durations = {"a": 4, "b": 1, "c": 7}
    deps = {"b": ["a"], "c": ["b"]}
    table, length = plan_slack(durations, deps)
    assert length == 12
    assert table == {
        "a": {"earliest": 0, "latest": 0, "slack": 0},
        "b": {"earliest": 4, "latest": 4, "slack": 0},
        "c": {"earliest": 5, "latest": 5, "slack": 0},
    }


def test_step_starts_after_slowest_dependency():
    durations = {"quick": 1, "slow": 6, "merge": 2}
    deps = {"merge": ["quick", "slow"]}
    table, length = plan_slack(durations, deps)
    assert table["merge"]["earliest"] == 6
    assert length == 8
    assert table["quick"] == {"earliest": 0, "latest": 5, "slack": 5}


def test_side_branch_with_tail():
    durations = {"s": 2, "x": 10, "y": 1, "z": 1, "end": 3}
    deps = {"x": ["s"], "y": ["s"], "z": ["y"], "end": ["x", "z"]}
    table, length = plan_slack(durations, deps)
    assert length == 15
    assert table["y"] == {"earliest": 2, "latest": 10, "slack": 8}
    assert table["z"] == {"earliest": 3, "latest": 11, "slack": 8}
    assert table["end"]["earliest"] == 12
    assert critical_steps(table) == ["s", "x", "end"]


def test_zero_duration_milestone():
    durations = {"build": 3, "milestone": 0, "deploy": 2, "docs": 1}
    deps = {"milestone": ["build"], "deploy": ["milestone"], "docs": ["build"]}
    table, length = plan_slack(durations, deps)
    assert length == 5
    assert table["deploy"]["earliest"] == 3
    assert table["docs"]["slack"] == 1
    assert critical_steps(table) == ["build", "milestone", "deploy"]


def test_float_durations():
    table, length = plan_slack({"a": 0.5, "b": 1.5}, {"b": ["a"]})
    assert length == 2.0
    assert table["b"]["earliest"] == 0.5
