from pivot_grid_totals import format_pivot, pivot

ROWS = [
    {"team": "b", "kind": "bug", "hours": 3},
    {"team": "a", "kind": "feature", "hours": 8},
    {"team": "a", "kind": "bug", "hours": 2},
    {"team": "c", "kind": "chore", "hours": None},
    {"team": "b", "kind": "feature"},
    {"team": "b", "kind": "bug", "hours": 1.5},
]


def test_labels_in_first_seen_order():
    result = pivot(ROWS, "team", "kind", "hours")
    assert result["rows"] == ["b", "a", "c"]
    assert result["cols"] == ["bug", "feature", "chore"]


def test_grid_and_totals():
    result = pivot(ROWS, "team", "kind", "hours")
    assert result["grid"] == [[4.5, 0, 0], [2, 8, 0], [0, 0, 0]]
    assert result["row_totals"] == [4.5, 10, 0]
    assert result["col_totals"] == [6.5, 8, 0]
    assert result["total"] == 14.5


def test_sorted_labels():
    result = pivot(ROWS, "team", "kind", "hours", sort_keys=True)
    assert result["rows"] == ["a", "b", "c"]
    assert result["cols"] == ["bug", "chore", "feature"]
    assert result["grid"] == [[2, 0, 8], [4.5, 0, 0], [0, 0, 0]]


def test_transposed_pivot():
    result = pivot(ROWS, "kind", "team", "hours")
    assert result["rows"] == ["bug", "feature", "chore"]
    assert result["cols"] == ["b", "a", "c"]
    assert result["grid"] == [[4.5, 2, 0], [0, 8, 0], [0, 0, 0]]
    assert result["row_totals"] == [6.5, 8, 0]


def test_single_row_single_column_format():
    text = format_pivot(pivot([{"x": 1, "y": 2, "v": 3}], "x", "y", "v"), corner="x\\y")
    assert text == "x\\y\t2\ttotal\n1\t3\t3\ntotal\t3\t3"
