import pytest

from category_score_rollup import rollup, weakest_category

ROWS = [
    {"task_id": "m1", "category": "math", "score": 1},
    {"task_id": "m2", "category": "math", "score": 1},
    {"task_id": "m3", "category": "math", "score": 1},
    {"task_id": "m4", "category": "math", "score": 0},
    {"task_id": "b1", "category": "browse", "score": 0},
    {"task_id": "s1", "score": 0.5},
    {"task_id": "m4", "category": "math", "score": 1},
    {"task_id": "b1", "category": "browse", "score": 0.25},
]


def test_macro_weighs_categories_equally():
    result = rollup(ROWS)
    assert result["tasks"] == 6
    assert result["micro"] == pytest.approx(round(4.75 / 6, 4))
    assert result["macro"] == pytest.approx(round((1.0 + 0.25 + 0.5) / 3, 4))
    assert result["macro"] < result["micro"]


def test_single_category_macro_equals_its_mean():
    rows = [{"task_id": str(i), "category": "qa", "score": s} for i, s in enumerate([0.2, 0.4, 0.9])]
    result = rollup(rows)
    assert result["macro"] == pytest.approx(0.5)
    assert result["micro"] == pytest.approx(0.5)


def test_categories_of_different_sizes():
    rows = [{"task_id": f"a{i}", "category": "a", "score": 1.0} for i in range(9)]
    rows.append({"task_id": "b0", "category": "b", "score": 0.0})
    result = rollup(rows)
    assert result["micro"] == pytest.approx(0.9)
    assert result["macro"] == pytest.approx(0.5)
    assert result["categories"]["b"] == {"tasks": 1, "mean": 0.0, "solved": 0}


def test_string_scores_and_solved_counts():
    rows = [{"task_id": "a", "category": "x", "score": "1"}, {"task_id": "b", "category": "x", "score": "0.5"}]
    result = rollup(rows)
    assert result["categories"]["x"] == {"tasks": 2, "mean": 0.75, "solved": 1}
    assert result["macro"] == pytest.approx(0.75)


def test_weakest_ties_break_alphabetically():
    rows = [{"task_id": "1", "category": "zeta", "score": 0.0}, {"task_id": "2", "category": "alpha", "score": 0.0}]
    assert weakest_category(rows) == "alpha"
    assert weakest_category(ROWS) == "browse"
