from tool_output_drift_report import drift_report, field_changes, summary


def rec(call_id, tool, **output):
    return {"call_id": call_id, "tool": tool, "output": output}


def test_identical_runs_have_no_drift():
    run = [rec("c1", "search", hits=3), rec("c2", "read", size=120)]
    assert drift_report(run, run) == {"missing": [], "extra": [], "changed": {}}


def test_volatile_fields_are_ignored():
    old = {"hits": 3, "latency_ms": 40, "timestamp": "10:00:01"}
    new = {"hits": 3, "latency_ms": 95, "timestamp": "10:07:44"}
    assert field_changes(old, new) == []


def test_changed_and_missing_fields():
    old = {"hits": 3, "top": "a.py"}
    new = {"hits": 4, "cursor": "x"}
    assert field_changes(old, new) == [("cursor", None, "x"), ("hits", 3, 4), ("top", "a.py", None)]


def test_float_noise_is_not_drift():
    old = {"score": 0.1 + 0.2, "balance": 0.0}
    new = {"score": 0.3, "balance": 1e-12}
    assert field_changes(old, new) == []


def test_missing_extra_and_retooled_calls():
    baseline = [rec("c1", "search", hits=3), rec("c2", "read", size=1), rec("c3", "ls", n=2)]
    candidate = [rec("c1", "grep", hits=3), rec("c3", "ls", n=2), rec("c4", "ls", n=0)]
    report = drift_report(baseline, candidate)
    assert report == {"missing": ["c2"], "extra": ["c4"],
                      "changed": {"c1": [("tool", "search", "grep")]}}
    assert summary(report) == "1 changed, 1 missing, 1 extra"
