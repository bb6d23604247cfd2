from tool_output_drift_report import drift_report, field_changes


def rec(call_id, tool, **output):
    return {"call_id": call_id, "tool": tool, "output": output}


def test_values_near_zero_use_absolute_tolerance():
    assert field_changes({"x": 0.0}, {"x": -5e-10}) == []
    assert field_changes({"x": 0}, {"x": 2e-9}) == [("x", 0, 2e-9)]


def test_custom_absolute_tolerance():
    old, new = {"cost": 0.0, "tokens": 100}, {"cost": 0.004, "tokens": 100}
    assert field_changes(old, new, abs_tol=0.01) == []
    assert field_changes(old, new, abs_tol=0.001) == [("cost", 0.0, 0.004)]


def test_absolute_tolerance_through_the_report():
    baseline = [rec("a", "calc", value=0.0, err=1e-4), rec("b", "calc", value=5.0)]
    candidate = [rec("a", "calc", value=0.02, err=3e-4), rec("b", "calc", value=5.05)]
    assert drift_report(baseline, candidate, abs_tol=0.05)["changed"] == {}
    loose_rel = drift_report(baseline, candidate, rel_tol=0.02)
    assert loose_rel["changed"] == {"a": [("err", 1e-4, 3e-4), ("value", 0.0, 0.02)]}


def test_relative_tolerance_for_large_values():
    assert field_changes({"n": 1_000_000.0}, {"n": 1_000_000.5}) == []
    assert field_changes({"n": 1_000.0}, {"n": 1_000.5}) == [("n", 1_000.0, 1_000.5)]


def test_custom_ignore_set():
    old, new = {"a": 1, "timestamp": 1, "seed": 7}, {"a": 1, "timestamp": 2, "seed": 8}
    assert field_changes(old, new, ignore={"seed"}) == [("timestamp", 1, 2)]


def test_non_numeric_values_compared_exactly():
    assert field_changes({"s": "1.0", "l": [1, 2]}, {"s": "1.00", "l": [1, 2]}) == [("s", "1.0", "1.00")]


def test_report_orders_and_keys():
    baseline = [rec("z", "t", v=1), rec("y", "t", v=2), rec("x", "t", v=3)]
    candidate = [rec("w", "t", v=0), rec("y", "t", v=2.5), rec("v", "t", v=0)]
    assert drift_report(baseline, candidate) == {
        "missing": ["z", "x"], "extra": ["w", "v"], "changed": {"y": [("v", 2, 2.5)]}}
