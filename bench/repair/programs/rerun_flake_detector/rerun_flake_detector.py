"""Classify tests as stable or flaky from several reruns of an eval suite.

Each rerun is a dict mapping test id -> outcome string as reported by the
runner ("passed", "failed", "error", "xfailed", "skipped", ...). Skips say
nothing about the test, so they are ignored when judging stability.
"""

from collections import defaultdict

PASSING = {"passed", "xfailed"}
FAILING = {"failed", "xpassed"}


def collect(reruns):
    """Return {test_id: [outcome, ...]} across all reruns, in rerun order."""
    history = defaultdict(list)
    for run in reruns:
        for test_id, outcome in run.items():
            history[test_id].append(outcome.lower())
    return dict(history)


def classify(outcomes):
    """Return "flaky", "pass", "fail" or "unknown" for one test's outcomes."""
    passed = sum(1 for o in outcomes if o in PASSING)
    failed = sum(1 for o in outcomes if o in FAILING)
    if passed and failed:
        return "flaky"
    if passed:
        return "pass"
    if failed:
        return "fail"
    return "unknown"


def flake_report(reruns, min_runs=2):
    """Summarise every test; tests seen in fewer than ``min_runs`` reruns are
    reported as "unknown" because one observation cannot show flakiness."""
    report = {}
    for test_id, outcomes in sorted(collect(reruns).items()):
        judged = [o for o in outcomes if o != "skipped"]
        if len(judged) < min_runs:
            report[test_id] = {"status": "unknown", "runs": len(judged)}
            continue
        status = classify(judged)
        entry = {"status": status, "runs": len(judged)}
        if status == "flaky":
            entry["pass_rate"] = round(
                sum(1 for o in judged if o in PASSING) / len(judged), 3)
        report[test_id] = entry
    return report


def flaky_tests(reruns, min_runs=2):
    """Sorted ids of the tests that both passed and failed."""
    return [t for t, e in flake_report(reruns, min_runs).items()
            if e["status"] == "flaky"]
