import pytest

from usage_report import Completion, Price, TokenDetails, Usage, UsageReport

PRICES = {
    "frontier": Price(input=10.0, cached_input=1.0, output=40.0),
    "mini": Price(input=0.5, cached_input=0.05, output=1.5),
}


def completion(model, prompt, output, cached=0, reasoning=0):
    return Completion(model, Usage(
        prompt_tokens=prompt, completion_tokens=output,
        prompt_tokens_details=TokenDetails(cached_tokens=cached),
        completion_tokens_details=TokenDetails(reasoning_tokens=reasoning)))


def test_fully_cached_prompt():
    report = UsageReport(PRICES)
    report.add(completion("frontier", 2_000_000, 0, cached=2_000_000))
    assert report.total_cost() == pytest.approx(2.0)


def test_cache_totals_accumulate_per_model():
    report = UsageReport(PRICES)
    report.add(completion("mini", 1000, 100, cached=600))
    report.add(completion("mini", 2000, 50, cached=1500))
    report.add(completion("frontier", 400, 10, cached=0))
    mini = report.totals["mini"]
    assert (mini.calls, mini.prompt_tokens, mini.cached_tokens) == (2, 3000, 2100)
    assert mini.completion_tokens == 150
    assert report.totals["frontier"].cached_tokens == 0


def test_mixed_run_costs():
    report = UsageReport(PRICES)
    report.add(completion("frontier", 100_000, 20_000, cached=60_000, reasoning=15_000))
    report.add(completion("mini", 500_000, 10_000, cached=100_000))
    frontier = (40_000 * 10.0 + 60_000 * 1.0 + 20_000 * 40.0) / 1_000_000
    mini = (400_000 * 0.5 + 100_000 * 0.05 + 10_000 * 1.5) / 1_000_000
    assert report.totals["frontier"].cost == pytest.approx(frontier)
    assert report.totals["mini"].cost == pytest.approx(mini)
    assert report.total_cost() == pytest.approx(frontier + mini)
    assert report.totals["frontier"].reasoning_tokens == 15_000
    assert [row[0] for row in report.rows()] == ["frontier", "mini"]


def test_rows_order_decided_by_cost_not_tokens():
    report = UsageReport(PRICES)
    report.add(completion("mini", 1_000_000, 0, cached=0))
    report.add(completion("frontier", 300_000, 0, cached=300_000))
    assert report.rows() == [("mini", 1, 1_000_000, pytest.approx(0.5)),
                             ("frontier", 1, 300_000, pytest.approx(0.3))]


def test_unknown_model_raises():
    with pytest.raises(KeyError):
        UsageReport(PRICES).add(completion("other", 1, 1))
