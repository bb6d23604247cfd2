from pivot_cell_sums import as_dicts, pivot, with_totals

RECORDS = [
    {"shop": "b", "day": "mon", "units": 3},
    {"shop": "a", "day": "tue", "units": 4},
    {"shop": "c", "day": "mon", "units": 1},
    {"shop": "a", "day": "mon", "units": 2},
    {"shop": "b", "day": "wed", "units": 6},
    {"shop": "b", "day": "wed", "units": 1},
    {"shop": "c", "day": "wed"},
]


def test_non_square_grid():
    rows, cols, grid = pivot(RECORDS, "shop", "day", "units")
    assert rows == ["a", "b", "c"]
    assert cols == ["mon", "tue", "wed"]
    assert grid == [[2, 4, 0], [3, 0, 7], [1, 0, 0]]


def test_custom_fill():
    _, _, grid = pivot(RECORDS, "shop", "day", "units", fill=None)
    assert grid == [[2, 4, None], [3, None, 7], [1, None, None]]


def test_swapping_axes_transposes():
    _, _, grid = pivot(RECORDS, "day", "shop", "units")
    assert grid == [[2, 3, 1], [4, 0, 0], [0, 7, 0]]


def test_skipped_record_adds_no_keys():
    rows, cols, grid = pivot([{"r": "x", "c": "y"}], "r", "c", "v")
    assert (rows, cols, grid) == ([], [], [])


def test_totals_and_dicts_end_to_end():
    rows, cols, grid = with_totals(*pivot(RECORDS, "shop", "day", "units"))
    table = as_dicts(rows, cols, grid, row_label="shop")
    assert table[-1] == {"shop": "Total", "mon": 6, "tue": 4, "wed": 7, "Total": 17}
    assert table[1] == {"shop": "b", "mon": 3, "tue": 0, "wed": 7, "Total": 10}
