from rerun_flake_detector import classify, collect, flake_report, flaky_tests


def test_errors_count_as_failures():
    assert classify(["error", "error"]) == "fail"
    assert classify(["passed", "error", "passed", "passed"]) == "flaky"
    assert classify(["error", "xfailed"]) == "flaky"


def test_xfail_and_xpass():
    assert classify(["xfailed", "passed"]) == "pass"
    assert classify(["xpassed", "failed"]) == "fail"
    assert classify(["skipped"]) == "unknown"


def test_uppercase_outcomes_are_normalised():
    reruns = [{"a": "PASSED", "b": "ERROR"}, {"a": "Error", "b": "ERROR"}]
    assert collect(reruns) == {"a": ["passed", "error"], "b": ["error", "error"]}
    report = flake_report(reruns)
    assert report["a"] == {"status": "flaky", "runs": 2, "pass_rate": 0.5}
    assert report["b"] == {"status": "fail", "runs": 2}


def test_tests_missing_from_some_reruns():
    reruns = [{"x": "passed"}, {"x": "error", "y": "passed"}, {"y": "passed", "z": "error"}, {"z": "error"}]
    report = flake_report(reruns)
    assert report["x"]["status"] == "flaky"
    assert report["y"] == {"status": "pass", "runs": 2}
    assert report["z"] == {"status": "fail", "runs": 2}
    assert flaky_tests(reruns) == ["x"]


def test_min_runs_threshold():
    reruns = [{"t": "passed"}, {"t": "error"}, {"t": "passed"}]
    assert flake_report(reruns, min_runs=4)["t"] == {"status": "unknown", "runs": 3}
    assert flake_report(reruns, min_runs=3)["t"]["pass_rate"] == 0.667


def test_report_is_sorted_by_test_id():
    reruns = [{"b": "passed", "a": "passed"}, {"b": "passed", "a": "passed"}]
    assert list(flake_report(reruns)) == ["a", "b"]
