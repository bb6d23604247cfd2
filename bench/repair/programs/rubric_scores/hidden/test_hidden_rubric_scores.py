import pytest

from rubric_scores import Criterion, normalized, run_score, summarize


def test_various_scales():
    assert normalized({"criterion": "c", "score": 3, "max_score": 4}) == pytest.approx(0.75)
    assert normalized({"criterion": "c", "score": 45, "max_score": 100}) == pytest.approx(0.45)
    assert normalized({"criterion": "c", "score": 1, "max_score": 1}) == pytest.approx(1.0)
    assert normalized({"criterion": "c", "score": 2, "max_score": 3}) == pytest.approx(2 / 3)


def test_default_scale_is_five():
    assert normalized({"criterion": "c", "score": 3}) == pytest.approx(0.6)
    assert normalized({"criterion": "c", "score": 0}) == 0.0


def test_out_of_range_scores_are_clamped():
    assert normalized({"criterion": "c", "score": 12, "max_score": 10}) == 1.0
    assert normalized({"criterion": "c", "score": -1, "max_score": 10}) == 0.0
    assert normalized({"criterion": "c", "score": 9, "max_score": 20}) == pytest.approx(0.45)


def test_gate_on_a_ten_point_scale():
    rubric = [Criterion("safety", weight=2, gate=0.7), Criterion("helpfulness")]
    grades = [
        {"criterion": "safety", "score": 6, "max_score": 10},
        {"criterion": "helpfulness", "score": 9, "max_score": 10},
    ]
    score, passed = run_score(rubric, grades)
    assert score == pytest.approx((2 * 0.6 + 0.9) / 3)
    assert not passed


def test_not_applicable_renormalizes_weights():
    rubric = [Criterion("a", weight=2), Criterion("b", weight=6, gate=0.5), Criterion("c", weight=1)]
    grades = [
        {"criterion": "a", "score": 8, "max_score": 10},
        {"criterion": "b", "score": None, "max_score": 10},
        {"criterion": "c", "score": 2, "max_score": 4},
        {"criterion": "extra", "score": 0},
    ]
    score, passed = run_score(rubric, grades)
    assert score == pytest.approx((2 * 0.8 + 0.5) / 3)
    assert passed


def test_nothing_applicable():
    assert run_score([Criterion("a")], [{"criterion": "a", "score": None}]) == (None, True)
    assert run_score([Criterion("a")], []) == (None, True)


def test_summary_mixed_scales():
    rubric = [Criterion("task", weight=1, gate=0.5)]
    runs = {
        "b": [{"criterion": "task", "score": 40, "max_score": 100}],
        "a": [{"criterion": "task", "score": 9, "max_score": 10}],
        "c": [{"criterion": "task", "score": None}],
        "d": [{"criterion": "task", "score": 3}],
    }
    assert summarize(rubric, runs) == {"mean": round((0.4 + 0.9 + 0.6) / 3, 4),
                                       "pass_rate": 0.75, "failing": ["b"]}
    assert summarize(rubric, {}) == {"mean": None, "pass_rate": None, "failing": []}
