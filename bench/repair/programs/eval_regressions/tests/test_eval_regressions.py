from eval_regressions import CaseResult, regressions, summarize


def test_summary_counts():
    results = [
        CaseResult("a", 1.0),
        CaseResult("b", 0.5),
        CaseResult("c", 0.2),
        CaseResult("d", 0.0, error="timeout"),
    ]
    summary = summarize(results)
    assert (summary.total, summary.passed, summary.errored) == (4, 2, 1)
    assert summary.pass_rate == 0.5
    assert abs(summary.mean_score - 0.5666) < 1e-3


def test_summary_of_empty_run():
    summary = summarize([])
    assert summary.pass_rate == 0.0
    assert summary.mean_score == 0.0


def test_new_error_is_a_regression():
    baseline = [CaseResult("a", 0.9)]
    current = [CaseResult("a", 0.0, error="ToolTimeout")]
    assert regressions(baseline, current) == ["a"]


def test_big_drop_is_a_regression():
    baseline = [CaseResult("a", 0.9), CaseResult("b", 0.8)]
    current = [CaseResult("a", 0.3), CaseResult("b", 0.8)]
    assert regressions(baseline, current) == ["a"]


def test_identical_runs_have_no_regressions():
    run = [CaseResult("a", 0.7), CaseResult("b", 0.4), CaseResult("c", 1.0)]
    assert regressions(run, run) == []
