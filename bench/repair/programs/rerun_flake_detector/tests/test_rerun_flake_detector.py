from rerun_flake_detector import classify, collect, flake_report, flaky_tests

RERUNS = [
    {"test_login": "passed", "test_search": "failed", "test_upload": "passed"},
    {"test_login": "passed", "test_search": "failed", "test_upload": "error"},
    {"test_login": "skipped", "test_search": "failed", "test_upload": "passed"},
]


def test_collect_keeps_rerun_order():
    history = collect(RERUNS)
    assert history["test_upload"] == ["passed", "error", "passed"]
    assert len(history) == 3


def test_classify_basic():
    assert classify(["passed", "passed"]) == "pass"
    assert classify(["failed", "failed"]) == "fail"
    assert classify(["passed", "failed"]) == "flaky"


def test_report_statuses():
    report = flake_report(RERUNS)
    assert report["test_login"] == {"status": "pass", "runs": 2}
    assert report["test_search"] == {"status": "fail", "runs": 3}
    assert report["test_upload"]["status"] == "flaky"
    assert report["test_upload"]["pass_rate"] == 0.667


def test_single_observation_is_unknown():
    report = flake_report([{"t": "passed"}, {"t": "skipped"}])
    assert report["t"] == {"status": "unknown", "runs": 1}


def test_flaky_tests_list():
    assert flaky_tests(RERUNS) == ["test_upload"]
