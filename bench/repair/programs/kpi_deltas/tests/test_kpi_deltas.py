import pytest

from kpi_deltas import describe, percent_change, report, top_movers


def test_percent_change():
    assert percent_change(100, 125) == pytest.approx(25.0)
    assert percent_change(200, 200) == 0


def test_no_baseline():
    assert percent_change(0, 10) is None
    assert describe(0, 40) == "new"
    assert describe(0, 0) == "flat"


def test_describe_growth_and_decline():
    assert describe(80, 60) == "-25.0%"
    assert describe(1000, 1001) == "+0.1%"


def test_rates_in_percentage_points():
    assert describe(0.031, 0.046, is_rate=True) == "+1.5 pp"
    assert describe(0.2, 0.2, is_rate=True) == "flat"


def test_report_lines():
    previous = {"signups": 400, "conversion": 0.05}
    current = {"signups": 400, "conversion": 0.04, "refunds": 3}
    assert report(previous, current, rates=frozenset({"conversion"})) == {
        "conversion": "-1.0 pp",
        "refunds": "new",
        "signups": "flat",
    }


def test_top_movers():
    previous = {"a": 100, "b": 100, "c": 100}
    current = {"a": 150, "b": 100, "c": 80}
    assert top_movers(previous, current, limit=2) == [
        ("a", pytest.approx(50.0)), ("c", pytest.approx(-20.0))]
