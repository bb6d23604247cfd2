from subagent_merge import Report, Task, merge_reports

SCAN = Task("scan", 0, "scan the repo for TODOs")
DOCS = Task("docs", 1, "check the docs")
DEPS = Task("deps", 2, "audit dependencies")


def test_findings_in_task_order():
    merged = merge_reports([
        Report("r1", DEPS, True, ["old requests"], tokens=30),
        Report("r2", SCAN, True, ["TODO in cli.py"], tokens=50),
        Report("r3", DOCS, True, ["broken link"], tokens=20),
    ])
    assert merged.findings == ["TODO in cli.py", "broken link", "old requests"]
    assert merged.tokens == 100


def test_duplicate_findings_reported_once():
    merged = merge_reports([
        Report("r1", SCAN, True, ["a", "b"]),
        Report("r2", DOCS, True, ["b", "c"]),
    ])
    assert merged.findings == ["a", "b", "c"]


def test_failed_task_listed():
    merged = merge_reports([
        Report("r1", SCAN, True, ["a"]),
        Report("r2", DOCS, False),
    ])
    assert merged.failed_tasks == ["docs"]
    assert merged.findings == ["a"]


def test_retry_that_succeeds_replaces_failure():
    merged = merge_reports([
        Report("r1", DOCS, False, tokens=10),
        Report("r2", SCAN, True, ["a"], tokens=10),
        Report("r3", DOCS, True, ["stale page"], tokens=15),
    ])
    assert merged.failed_tasks == []
    assert merged.findings == ["a", "stale page"]
    assert merged.tokens == 35


def test_empty():
    merged = merge_reports([])
    assert (merged.findings, merged.failed_tasks, merged.tokens) == ([], [], 0)
