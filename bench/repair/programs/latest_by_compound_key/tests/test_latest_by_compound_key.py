from latest_by_compound_key import duplicate_counts, latest_by_key

FIELDS = ("customer", "sku")


def test_no_duplicates_keeps_everything_in_order():
    rows = [
        {"customer": "a", "sku": "x", "updated_at": 1},
        {"customer": "b", "sku": "x", "updated_at": 2},
    ]
    assert latest_by_key(rows, FIELDS) == rows


def test_newer_record_replaces_older():
    rows = [
        {"customer": "a", "sku": "x", "updated_at": 1, "qty": 1},
        {"customer": "a", "sku": "x", "updated_at": 5, "qty": 3},
        {"customer": "a", "sku": "x", "updated_at": 2, "qty": 2},
    ]
    assert latest_by_key(rows, FIELDS) == [rows[1]]


def test_key_parts_are_normalised():
    rows = [
        {"customer": " ACME ", "sku": "X1", "updated_at": "2024-01-02"},
        {"customer": "acme", "sku": "x1", "updated_at": "2024-03-01"},
    ]
    assert latest_by_key(rows, FIELDS) == [rows[1]]


def test_same_timestamp_later_write_wins():
    rows = [
        {"customer": "a", "sku": "x", "updated_at": 7, "qty": 1},
        {"customer": "a", "sku": "x", "updated_at": 7, "qty": 9},
    ]
    assert latest_by_key(rows, FIELDS)[0]["qty"] == 9


def test_duplicate_counts():
    rows = [
        {"customer": "a", "sku": "x"},
        {"customer": "A", "sku": "x"},
        {"customer": "b", "sku": "x"},
    ]
    assert duplicate_counts(rows, FIELDS) == {("a", "x"): 2}
