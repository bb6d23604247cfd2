import pytest

from model_token_percentiles import dashboard_rows, usage_percentiles


def rec(model, prompt, completion=0):
    return {"model": model, "prompt_tokens": prompt, "completion_tokens": completion}


def test_unknown_model_has_no_percentiles():
    assert usage_percentiles([rec("a", 10)], "b") == {}


def test_single_request():
    assert usage_percentiles([rec("a", 300, 20)], "a") == {50: 320.0, 90: 320.0, 99: 320.0}


def test_median_of_odd_count():
    records = [rec("a", 100), rec("a", 300), rec("a", 200)]
    assert usage_percentiles(records, "a", points=(50,)) == {50: 200}


def test_prompt_and_completion_are_added():
    records = [rec("a", 90, 10), rec("a", 150, 50), rec("a", 250, 50)]
    assert usage_percentiles(records, "a", points=(50,)) == {50: 200}


def test_tail_percentiles_stay_within_observed_totals():
    records = [rec("a", t) for t in range(100, 1200, 100)]
    result = usage_percentiles(records, "a")
    assert result[90] == pytest.approx(1000)
    assert result[99] <= 1100


def test_dashboard_rows():
    records = [rec("m2", 10), rec("m1", 5), rec("m2", 30)]
    rows = dashboard_rows(records, points=(50,))
    assert [(model, count) for model, count, _ in rows] == [("m1", 1), ("m2", 2)]
