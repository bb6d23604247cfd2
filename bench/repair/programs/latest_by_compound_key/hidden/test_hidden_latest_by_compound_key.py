from latest_by_compound_key import compound_key, duplicate_counts, latest_by_key


def test_order_follows_first_sighting_of_each_key():
    rows = [
        {"c": "b", "d": 1, "updated_at": 1},
        {"c": "a", "d": 1, "updated_at": 1},
        {"c": "b", "d": 1, "updated_at": 9},
        {"c": "a", "d": 2, "updated_at": 3},
    ]
    assert latest_by_key(rows, ("c", "d")) == [rows[2], rows[1], rows[3]]


def test_tie_among_three_keeps_the_last():
    rows = [
        {"k": "z", "ts": 4, "n": 1},
        {"k": "z", "ts": 4, "n": 2},
        {"k": "Z ", "ts": 4, "n": 3},
    ]
    assert latest_by_key(rows, ("k",), stamp="ts") == [rows[2]]


def test_older_record_after_tie_does_not_win():
    rows = [
        {"k": "q", "ts": 5, "n": 1},
        {"k": "q", "ts": 5, "n": 2},
        {"k": "q", "ts": 3, "n": 3},
    ]
    assert latest_by_key(rows, ("k",), stamp="ts") == [rows[1]]


def test_missing_key_field_is_its_own_group():
    rows = [
        {"a": "x", "updated_at": 1},
        {"a": "x", "b": None, "updated_at": 1, "tag": "second"},
        {"a": "x", "b": "y", "updated_at": 2},
    ]
    out = latest_by_key(rows, ("a", "b"))
    assert out == [rows[1], rows[2]]


def test_non_string_parts_untouched():
    assert compound_key({"a": 3, "b": " Hi"}, ("a", "b")) == (3, "hi")


def test_duplicate_counts_with_three():
    rows = [{"k": "M"}, {"k": "m "}, {"k": " m"}, {"k": "n"}]
    assert duplicate_counts(rows, ("k",)) == {("m",): 3}
