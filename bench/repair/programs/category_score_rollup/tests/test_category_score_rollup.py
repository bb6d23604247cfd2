import pytest

from category_score_rollup import latest_rows, per_category, rollup, weakest_category

ROWS = [
    {"task_id": "w1", "category": "web", "score": 1.0},
    {"task_id": "w2", "category": "web", "score": 0.0},
    {"task_id": "c1", "category": "code", "score": 1.0},
    {"task_id": "c2", "category": "code", "score": 0.5},
    {"task_id": "w2", "category": "web", "score": 1.0},
]


def test_latest_row_wins():
    rows = latest_rows(ROWS)
    assert len(rows) == 4
    assert [r["score"] for r in rows if r["task_id"] == "w2"] == [1.0]


def test_per_category_table():
    table = per_category(ROWS)
    assert table == {
        "code": {"tasks": 2, "mean": 0.75, "solved": 1},
        "web": {"tasks": 2, "mean": 1.0, "solved": 2},
    }


def test_missing_category_is_grouped():
    table = per_category([{"task_id": "x", "score": 0.2}, {"task_id": "y", "category": None, "score": 0.4}])
    assert table == {"uncategorized": {"tasks": 2, "mean": 0.3, "solved": 0}}


def test_rollup_overall():
    result = rollup(ROWS)
    assert result["tasks"] == 4
    assert result["micro"] == pytest.approx(0.875)
    assert result["macro"] == pytest.approx(0.875)


def test_empty_rollup():
    assert rollup([]) == {"categories": {}, "micro": 0.0, "macro": 0.0, "tasks": 0}


def test_weakest_category():
    assert weakest_category(ROWS) == "code"
    assert weakest_category([]) is None
