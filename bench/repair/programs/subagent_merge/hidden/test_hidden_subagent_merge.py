from subagent_merge import Report, Task, merge_reports

A = Task("lint", 0, "run the linter")
B = Task("types", 1, "run the type checker")
C = Task("tests", 2, "run the tests")


def test_attempts_counted_per_task():
    merged = merge_reports([
        Report("x1", C, False),
        Report("x2", A, True, ["unused import"]),
        Report("x3", C, False),
        Report("x4", C, True, ["flaky test"]),
    ])
    assert merged.attempts == {"tests": 3, "lint": 1}
    assert merged.failed_tasks == []
    assert merged.findings == ["unused import", "flaky test"]


def test_late_failure_does_not_hide_success():
    merged = merge_reports([
        Report("x1", B, True, ["missing annotation"]),
        Report("x2", B, False),
    ])
    assert merged.failed_tasks == []
    assert merged.findings == ["missing annotation"]
    assert merged.attempts == {"types": 2}


def test_later_success_replaces_earlier_success():
    merged = merge_reports([
        Report("x1", A, True, ["first pass"]),
        Report("x2", A, True, ["second pass"]),
    ])
    assert merged.findings == ["second pass"]


def test_task_failing_every_time_listed_once():
    merged = merge_reports([
        Report("x1", B, False, tokens=5),
        Report("x2", A, False, tokens=5),
        Report("x3", B, False, tokens=5),
    ])
    assert merged.failed_tasks == ["lint", "types"]
    assert merged.tokens == 15
    assert merged.attempts == {"types": 2, "lint": 1}


def test_report_ids_may_repeat_across_tasks():
    merged = merge_reports([
        Report("1", A, True, ["l"]),
        Report("1", B, True, ["t"]),
        Report("1", C, False),
    ])
    assert merged.findings == ["l", "t"]
    assert merged.failed_tasks == ["tests"]
