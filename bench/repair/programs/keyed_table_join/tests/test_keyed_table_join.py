import pytest

from keyed_table_join import index_by, join

USERS = [
    {"id": 1, "name": "ann"},
    {"id": 2, "name": "bob"},
    {"id": 3, "name": "cy"},
]
ORDERS = [
    {"id": 1, "total": 30},
    {"id": 3, "total": 12},
    {"id": 1, "total": 5},
]


def test_inner_join_repeats_left_rows_per_match():
    assert join(USERS, ORDERS, "id") == [
        {"id": 1, "name": "ann", "total": 30},
        {"id": 1, "name": "ann", "total": 5},
        {"id": 3, "name": "cy", "total": 12},
    ]


def test_left_join_keeps_unmatched_rows():
    rows = join(USERS, ORDERS, "id", how="left")
    assert len(rows) == 4
    assert rows[2] == {"id": 2, "name": "bob", "total": None}


def test_index_by_groups_rows():
    assert [r["total"] for r in index_by(ORDERS, "id")[1]] == [30, 5]


def test_unknown_join_kind():
    with pytest.raises(ValueError):
        join(USERS, ORDERS, "id", how="outer")
