from pivot_cell_sums import as_dicts, pivot, with_totals

SALES = [
    {"region": "north", "quarter": "Q1", "amount": 10},
    {"region": "north", "quarter": "Q1", "amount": 5},
    {"region": "south", "quarter": "Q2", "amount": 7},
    {"region": "north", "quarter": "Q2", "amount": 1},
    {"region": "south", "quarter": "Q1", "amount": None},
]


def test_keys_are_sorted():
    rows, cols, _ = pivot(SALES, "region", "quarter", "amount")
    assert rows == ["north", "south"]
    assert cols == ["Q1", "Q2"]


def test_grid_sums():
    _, _, grid = pivot(SALES, "region", "quarter", "amount")
    assert grid == [[15, 1], [0, 7]]


def test_single_cell():
    rows, cols, grid = pivot([{"a": 1, "b": 1, "v": 2.5}], "a", "b", "v")
    assert (rows, cols, grid) == ([1], [1], [[2.5]])


def test_totals():
    _, _, out = with_totals(["n", "s"], ["Q1", "Q2"], [[1, 2], [3, 4]])
    assert out == [[1, 2, 3], [3, 4, 7], [4, 6, 10]]


def test_as_dicts():
    assert as_dicts(["n"], ["Q1", "Q2"], [[1, 0]], row_label="region") == [
        {"region": "n", "Q1": 1, "Q2": 0}
    ]
