from run_diff_report import diff_runs, slower_tasks, verdict

BASELINE = [
    {"task": "parse-csv", "status": "pass", "duration": 2.0},
    {"task": "fix-import", "status": "fail", "duration": 3.0},
    {"task": "add-endpoint", "status": "pass", "duration": 1.0},
    {"task": "write-docs", "status": "error", "duration": 0.5},
    {"task": "rename-module", "status": "pass", "duration": 4.0},
]
CANDIDATE = [
    {"task": "parse-csv", "status": "fail", "duration": 2.1},
    {"task": "fix-import", "status": "pass", "duration": 6.0},
    {"task": "add-endpoint", "status": "pass", "duration": 1.6},
    {"task": "write-docs", "status": "timeout", "duration": None},
    {"task": "bump-deps", "status": "pass", "duration": 1.0},
]


def test_diff_classifies_shared_tasks():
    report = diff_runs(BASELINE, CANDIDATE)
    assert report["fixed"] == ["fix-import"]
    assert report["regressed"] == ["parse-csv"]
    assert report["still_failing"] == ["write-docs"]
    assert report["still_passing"] == 1
    assert report["net"] == 0


def test_diff_lists_tasks_in_one_run_only():
    report = diff_runs(BASELINE, CANDIDATE)
    assert report["only_baseline"] == ["rename-module"]
    assert report["only_candidate"] == ["bump-deps"]


def test_identical_runs_have_no_changes():
    report = diff_runs(BASELINE, BASELINE)
    assert report["fixed"] == report["regressed"] == []
    assert report["still_passing"] == 3


def test_slower_tasks():
    assert slower_tasks(BASELINE, CANDIDATE) == [("add-endpoint", 1.6), ("fix-import", 2.0)]


def test_verdict_uses_regression_budget():
    report = diff_runs(BASELINE, CANDIDATE)
    assert verdict(report) == "block"
    assert verdict(report, max_regressions=1) == "ship"
