from keyed_table_join import join

LEFT = [
    {"sku": "a1", "name": "bolt", "price": 0.5},
    {"sku": "b2", "name": "nut", "price": 0.2},
    {"sku": "c3", "name": "gear", "price": 4.0},
]
RIGHT = [
    {"sku": "c3", "name": "Gear XL", "stock": 7},
    {"sku": "a1", "stock": 100},
    {"sku": "z9", "name": "ghost", "stock": 1},
]


def test_clashing_columns_get_prefix_only_when_clashing():
    rows = join(LEFT, RIGHT, "sku")
    assert rows == [
        {"sku": "a1", "name": "bolt", "price": 0.5, "right_name": None, "stock": 100},
        {"sku": "c3", "name": "gear", "price": 4.0, "right_name": "Gear XL", "stock": 7},
    ]


def test_left_join_fills_none_with_same_column_names():
    rows = join(LEFT, RIGHT, "sku", how="left", right_prefix="r.")
    assert rows[1] == {"sku": "b2", "name": "nut", "price": 0.2, "r.name": None, "stock": None}
    assert [set(r) for r in rows] == [set(rows[0])] * 3
    assert rows[2]["r.name"] == "Gear XL"


def test_no_clash_no_prefix():
    left = [{"k": 1, "x": "p"}]
    right = [{"k": 1, "y": "q"}, {"k": 1, "y": "r", "z": 0}]
    assert join(left, right, "k") == [
        {"k": 1, "x": "p", "y": "q", "z": None},
        {"k": 1, "x": "p", "y": "r", "z": 0},
    ]


def test_empty_tables():
    assert join([], RIGHT, "sku") == []
    assert join(LEFT, [], "sku", how="left") == [dict(r) for r in LEFT]
    assert join(LEFT, [], "sku") == []


def test_inputs_not_modified():
    left = [{"k": 1, "v": 2}]
    right = [{"k": 1, "v": 3}]
    assert join(left, right, "k") == [{"k": 1, "v": 2, "right_v": 3}]
    assert left == [{"k": 1, "v": 2}] and right == [{"k": 1, "v": 3}]
