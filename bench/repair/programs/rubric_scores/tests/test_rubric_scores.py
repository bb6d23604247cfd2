import pytest

from rubric_scores import Criterion, normalized, run_score, summarize

RUBRIC = [
    Criterion("correctness", weight=3, gate=0.6),
    Criterion("style", weight=1),
]


def test_normalized_default_scale():
    assert normalized({"criterion": "style", "score": 4}) == pytest.approx(0.8)


def test_normalized_ten_point_scale():
    assert normalized({"criterion": "style", "score": 7, "max_score": 10}) == pytest.approx(0.7)


def test_not_applicable():
    assert normalized({"criterion": "style", "score": None}) is None


def test_weighted_run_score():
    grades = [{"criterion": "correctness", "score": 5}, {"criterion": "style", "score": 1}]
    score, passed = run_score(RUBRIC, grades)
    assert score == pytest.approx((3 * 1.0 + 1 * 0.2) / 4)
    assert passed


def test_gate_fails_the_run():
    grades = [{"criterion": "correctness", "score": 2}, {"criterion": "style", "score": 5}]
    score, passed = run_score(RUBRIC, grades)
    assert score == pytest.approx((3 * 0.4 + 1.0) / 4)
    assert not passed


def test_summary():
    runs = {
        "r1": [{"criterion": "correctness", "score": 5}, {"criterion": "style", "score": 5}],
        "r2": [{"criterion": "correctness", "score": 1}, {"criterion": "style", "score": 5}],
    }
    assert summarize(RUBRIC, runs) == {"mean": 0.7, "pass_rate": 0.5, "failing": ["r2"]}
