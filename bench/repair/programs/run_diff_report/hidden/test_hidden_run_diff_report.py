from run_diff_report import diff_runs, slower_tasks, verdict


def rec(task, status, duration=1.0):
    return {"task": task, "status": status, "duration": duration}


def test_pure_improvement_ships():
    base = [rec("a", "fail"), rec("b", "error"), rec("c", "pass"), rec("d", "timeout", None)]
    cand = [rec("a", "pass"), rec("b", "pass"), rec("c", "pass"), rec("d", "fail")]
    report = diff_runs(base, cand)
    assert report["fixed"] == ["a", "b"]
    assert report["regressed"] == []
    assert report["still_failing"] == ["d"]
    assert report["still_passing"] == 1
    assert report["net"] == 2
    assert verdict(report) == "ship"


def test_regressions_outweighing_fixes_block():
    base = [rec("a", "pass"), rec("b", "pass"), rec("c", "fail")]
    cand = [rec("a", "error"), rec("b", "timeout", None), rec("c", "pass")]
    report = diff_runs(base, cand)
    assert report["regressed"] == ["a", "b"]
    assert report["fixed"] == ["c"]
    assert report["net"] == -1
    assert verdict(report, max_regressions=5) == "block"


def test_later_record_for_a_task_wins():
    base = [rec("a", "fail"), rec("a", "pass")]
    cand = [rec("a", "pass"), rec("a", "fail")]
    assert diff_runs(base, cand)["regressed"] == ["a"]


def test_candidate_timeouts_are_skipped_for_speed():
    base = [rec("a", "pass", 2.0), rec("b", "pass", 1.0), rec("c", "pass", None)]
    cand = [rec("a", "timeout", None), rec("b", "pass", 3.0), rec("c", "pass", 9.0)]
    assert slower_tasks(base, cand) == [("b", 3.0)]


def test_speed_thresholds():
    base = [rec("fast", "pass", 0.2), rec("mid", "pass", 2.0), rec("big", "pass", 10.0)]
    cand = [rec("fast", "pass", 0.9), rec("mid", "pass", 2.9), rec("big", "pass", 15.0)]
    assert slower_tasks(base, cand) == [("big", 1.5)]
    assert slower_tasks(base, cand, factor=1.4, min_seconds=0.5) == [("big", 1.5), ("fast", 4.5), ("mid", 1.45)]


def test_disjoint_runs():
    report = diff_runs([rec("a", "pass")], [rec("b", "fail", None)])
    assert report["only_baseline"] == ["a"]
    assert report["only_candidate"] == ["b"]
    assert report["net"] == 0
    assert slower_tasks([rec("a", "pass")], [rec("b", "fail", None)]) == []
