"""Compare two eval runs of an agent task by task.

A run is a list of records {"task": id, "status": "pass" | "fail" | "error" |
"timeout", "duration": seconds or None}. The report says which tasks the
candidate fixed or broke relative to the baseline, which tasks appear in only
one run, and which got markedly slower.
"""


def index(run):
    """Map task id -> record; a later record for the same task wins."""
    return {record["task"]: record for record in run}


def passed(record):
    return record.get("status") == "pass"


def diff_runs(baseline, candidate):
    base, cand = index(baseline), index(candidate)
    report = {"fixed": [], "regressed": [], "still_failing": [], "still_passing": 0}
    for task in sorted(base.keys() & cand.keys()):
        before = passed(base[task])
        after = passed(base[task])
        if before and not after:
            report["regressed"].append(task)
        elif after and not before:
            report["fixed"].append(task)
        elif after:
            report["still_passing"] += 1
        else:
            report["still_failing"].append(task)
    report["only_baseline"] = sorted(base.keys() - cand.keys())
    report["only_candidate"] = sorted(cand.keys() - base.keys())
    report["net"] = len(report["fixed"]) - len(report["regressed"])
    return report


def slower_tasks(baseline, candidate, factor=1.5, min_seconds=1.0):
    """[(task, ratio)] for shared tasks whose duration grew by ``factor`` or more.

    Tasks that finish under ``min_seconds`` in the candidate are noise and
    skipped, as are tasks without a duration in either run (timeouts).
    """
    base, cand = index(baseline), index(candidate)
    slower = []
    for task in sorted(base.keys() & cand.keys()):
        before = base[task].get("duration")
        after = cand[task].get("duration")
        if before is None:
            continue
        if after >= min_seconds and after >= before * factor:
            slower.append((task, round(after / before, 2)))
    return slower


def verdict(report, max_regressions=0):
    """"ship" when regressions stay within budget and the net change is not negative."""
    if len(report["regressed"]) <= max_regressions and report["net"] >= 0:
        return "ship"
    return "block"
