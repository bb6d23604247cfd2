import pytest

from usage_report import Completion, Price, TokenDetails, Usage, UsageReport

PRICES = {
    "big": Price(input=3.0, cached_input=0.3, output=15.0),
    "small": Price(input=0.25, cached_input=0.025, output=2.0),
}


def test_cost_of_one_call():
    report = UsageReport(PRICES)
    report.add(Completion("big", Usage(prompt_tokens=1_000_000, completion_tokens=100_000)))
    assert report.total_cost() == pytest.approx(3.0 + 1.5)


def test_calls_grouped_by_model():
    report = UsageReport(PRICES)
    for _ in range(3):
        report.add(Completion("small", Usage(prompt_tokens=100, completion_tokens=10)))
    report.add(Completion("big", Usage(prompt_tokens=5, completion_tokens=5)))
    assert report.totals["small"].calls == 3
    assert report.totals["small"].prompt_tokens == 300
    assert report.totals["big"].calls == 1


def test_cached_prompt_tokens_are_cheaper():
    report = UsageReport(PRICES)
    usage = Usage(prompt_tokens=1_000_000, completion_tokens=0,
                  prompt_tokens_details=TokenDetails(cached_tokens=800_000))
    report.add(Completion("big", usage))
    assert report.totals["big"].cached_tokens == 800_000
    assert report.total_cost() == pytest.approx(0.2 * 3.0 + 0.8 * 0.3)


def test_reasoning_tokens_counted():
    report = UsageReport(PRICES)
    usage = Usage(prompt_tokens=10, completion_tokens=500,
                  completion_tokens_details=TokenDetails(reasoning_tokens=420))
    report.add(Completion("small", usage))
    assert report.totals["small"].reasoning_tokens == 420


def test_rows_most_expensive_first():
    report = UsageReport(PRICES)
    report.add(Completion("small", Usage(prompt_tokens=1000, completion_tokens=1000)))
    report.add(Completion("big", Usage(prompt_tokens=1000, completion_tokens=1000)))
    assert [row[0] for row in report.rows()] == ["big", "small"]
    assert report.rows()[0][:3] == ("big", 1, 2000)
