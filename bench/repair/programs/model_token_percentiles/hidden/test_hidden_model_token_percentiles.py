import pytest

from model_token_percentiles import dashboard_rows, usage_percentiles


def rec(model, prompt, completion=0):
    return {"model": model, "prompt_tokens": prompt, "completion_tokens": completion}


def test_two_requests_interpolate_linearly():
    records = [rec("a", 100), rec("a", 200)]
    result = usage_percentiles(records, "a", points=(10, 50, 90, 99))
    assert result == pytest.approx({10: 110, 50: 150, 90: 190, 99: 199})


def test_percentiles_never_leave_the_observed_range():
    records = [rec("a", p, c) for p, c in [(500, 20), (40, 4), (90, 10), (700, 80), (60, 0)]]
    result = usage_percentiles(records, "a", points=(1, 5, 25, 75, 95, 99))
    assert all(44 <= v <= 780 for v in result.values())
    assert result[25] == pytest.approx(60)
    assert result[75] == pytest.approx(520)


def test_low_percentile_interpolates():
    records = [rec("x", t) for t in (10, 20, 30, 40, 50)]
    result = usage_percentiles(records, "x", points=(5, 50, 95))
    assert result == pytest.approx({5: 12, 50: 30, 95: 48})


def test_other_models_are_ignored():
    records = [rec("a", 10), rec("b", 1000), rec("a", 30), rec("b", 3000)]
    assert usage_percentiles(records, "a", points=(50, 90)) == pytest.approx({50: 20, 90: 28})


def test_dashboard_rows_values():
    records = [rec("m2", 10), rec("m1", 5), rec("m2", 30), rec("m2", 20, 0)]
    rows = dashboard_rows(records, points=(50, 99))
    assert rows[0] == ("m1", 1, {50: 5.0, 99: 5.0})
    model, count, pct = rows[1]
    assert (model, count) == ("m2", 3)
    assert pct == pytest.approx({50: 20, 99: 29.8})
