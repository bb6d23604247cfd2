from eval_regressions import CaseResult, regressions, summarize


def test_improvements_are_not_regressions():
    baseline = [CaseResult("a", 0.2), CaseResult("b", 0.5)]
    current = [CaseResult("a", 0.9), CaseResult("b", 1.0)]
    assert regressions(baseline, current) == []


def test_small_drop_within_tolerance_is_noise():
    baseline = [CaseResult("x", 0.75), CaseResult("y", 0.5)]
    current = [CaseResult("x", 0.7), CaseResult("y", 0.25)]
    assert regressions(baseline, current, tolerance=0.25) == []


def test_drop_just_beyond_tolerance():
    baseline = [CaseResult("x", 0.75)]
    current = [CaseResult("x", 0.25)]
    assert regressions(baseline, current, tolerance=0.25) == ["x"]
    assert regressions(baseline, current, tolerance=0.5) == []


def test_new_and_previously_broken_cases_are_skipped():
    baseline = [CaseResult("old", 0.0, error="crash"), CaseResult("kept", 0.5)]
    current = [
        CaseResult("old", 0.0, error="crash"),
        CaseResult("kept", 0.5),
        CaseResult("new", 0.0),
    ]
    assert regressions(baseline, current) == []


def test_results_sorted_and_mixed():
    baseline = [CaseResult(c, 1.0) for c in "zyxw"]
    current = [
        CaseResult("z", 0.1),
        CaseResult("y", 0.95),
        CaseResult("x", 0.0, error="timeout"),
        CaseResult("w", 0.5),
    ]
    assert regressions(baseline, current) == ["w", "x", "z"]


def test_threshold_is_inclusive():
    summary = summarize([CaseResult("a", 0.75), CaseResult("b", 0.74)], threshold=0.75)
    assert summary.passed == 1
