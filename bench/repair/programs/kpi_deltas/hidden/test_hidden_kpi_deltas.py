import pytest

from kpi_deltas import describe, percent_change, report, top_movers


@pytest.mark.parametrize("previous, current, expected", [
    (50, 0, -100.0),
    (40, 100, 150.0),
    (8, 2, -75.0),
    (-50, -25, 50.0),
    (-20, 10, 150.0),
    (0.5, 0.75, 50.0),
    (3, 1, -66.6667),
])
def test_relative_to_previous(previous, current, expected):
    assert percent_change(previous, current) == pytest.approx(expected, abs=1e-4)


def test_describe_drops_to_zero():
    assert describe(120, 0) == "-100.0%"
    assert describe(3, 1, decimals=2) == "-66.67%"
    assert describe(250, 500) == "+100.0%"


def test_describe_negative_baseline():
    assert describe(-200, -100) == "+50.0%"
    assert describe(-100, -150) == "-50.0%"


def test_tiny_change_reads_flat():
    assert describe(100000, 100001) == "flat"


def test_report_mixed():
    previous = {"revenue": 2000, "orders": 50, "ctr": 0.012}
    current = {"revenue": 2500, "orders": 40, "ctr": 0.015, "returns": 0}
    assert report(previous, current, rates=frozenset({"ctr"})) == {
        "ctr": "+0.3 pp",
        "orders": "-20.0%",
        "returns": "flat",
        "revenue": "+25.0%",
    }


def test_top_movers_by_magnitude_and_name():
    previous = {"x": 10, "y": 40, "z": 5, "w": 0, "v": 100}
    current = {"x": 5, "y": 20, "z": 10, "w": 7, "v": 101, "new": 3}
    movers = top_movers(previous, current, limit=4)
    assert [name for name, _ in movers] == ["z", "x", "y", "v"]
    assert [change for _, change in movers] == pytest.approx([100.0, -50.0, -50.0, 1.0])
