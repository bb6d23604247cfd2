from pivot_grid_totals import format_pivot, pivot

SALES = [
    {"region": "north", "month": "jan", "amount": 10},
    {"region": "south", "month": "jan", "amount": 4},
    {"region": "north", "month": "feb", "amount": 6},
    {"region": "north", "month": "jan", "amount": 5},
    {"region": "south", "month": "mar", "amount": 7},
]


def test_grid_sums_by_region_and_month():
    result = pivot(SALES, "region", "month", "amount")
    assert result["rows"] == ["north", "south"]
    assert result["cols"] == ["jan", "feb", "mar"]
    assert result["grid"] == [[15, 6, 0], [4, 0, 7]]


def test_grand_total():
    assert pivot(SALES, "region", "month", "amount")["total"] == 32


def test_empty_input():
    result = pivot([], "region", "month", "amount")
    assert result["grid"] == [] and result["total"] == 0


def test_format_has_totals_row_and_column():
    text = format_pivot(pivot(SALES, "region", "month", "amount"))
    assert text.splitlines()[-1] == "total\t19\t6\t7\t32"
