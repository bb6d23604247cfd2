import pytest

from usage_percentile import percentile, summarize


def test_extremes_are_min_and_max():
    data = [7, 3, 9, 1, 5]
    assert percentile(data, 0) == 1
    assert percentile(data, 100) == 9


def test_interpolated_high_percentile():
    data = list(range(1, 11))  # 1..10
    assert percentile(data, 90) == pytest.approx(9.1)
    assert percentile(data, 25) == pytest.approx(3.25)


def test_quartiles_of_five():
    data = [100, 400, 200, 500, 300]
    assert percentile(data, 25) == 200
    assert percentile(data, 75) == 400
    assert percentile(data, 60) == pytest.approx(340)


def test_out_of_range_p():
    with pytest.raises(ValueError):
        percentile([1, 2], 101)
    with pytest.raises(ValueError):
        percentile([1, 2], -1)


def test_summarize_other_field_and_points():
    records = [
        {"model": "m", "output_tokens": v, "total_tokens": 0} for v in (10, 20, 30, 40, 50)
    ] + [{"model": "k", "output_tokens": 8, "total_tokens": 0}]
    summary = summarize(records, field="output_tokens", points=(90, 100))
    assert list(summary) == ["k", "m"]
    assert summary["m"]["count"] == 5
    assert summary["m"]["mean"] == 30
    assert summary["m"]["p90"] == pytest.approx(46)
    assert summary["m"]["p100"] == 50
    assert summary["k"] == {"count": 1, "mean": 8, "p90": 8, "p100": 8}
