import random

import pytest

from stable_multikey_records import sort_records, top_records

ROWS = [
    {"id": 1, "dept": "ops", "level": 2, "age": 40},
    {"id": 2, "dept": "dev", "level": 3, "age": 31},
    {"id": 3, "dept": "ops", "level": 3, "age": 29},
    {"id": 4, "dept": "dev", "level": 3, "age": 45},
    {"id": 5, "dept": "dev", "level": 1, "age": 31},
    {"id": 6, "dept": "ops", "level": 2, "age": 35},
]


def ids(rows):
    return [r["id"] for r in rows]


def test_three_keys():
    assert ids(sort_records(ROWS, ["dept", "-level", "age"])) == [2, 4, 5, 3, 6, 1]


def test_descending_first_key():
    assert ids(sort_records(ROWS, ["-level", "-age"])) == [4, 2, 3, 1, 6, 5]


def test_ties_keep_input_order():
    assert ids(sort_records(ROWS, ["dept"])) == [2, 4, 5, 1, 3, 6]
    assert ids(sort_records(ROWS, ["-dept"])) == [1, 3, 6, 2, 4, 5]
    assert ids(sort_records(ROWS, [])) == [1, 2, 3, 4, 5, 6]


def test_top_records():
    assert ids(top_records(ROWS, ["level", "-age"], 3)) == [5, 1, 6]
    assert top_records(ROWS, ["age"], 0) == []
    with pytest.raises(ValueError):
        top_records(ROWS, ["age"], -1)


def test_random_against_tuple_key():
    rng = random.Random(5)
    for _ in range(200):
        rows = [{"i": i, "a": rng.randint(0, 3), "b": rng.randint(0, 3), "c": rng.randint(0, 3)}
                for i in range(rng.randint(0, 12))]
        got = sort_records(rows, ["b", "-a", "c"])
        assert got == sorted(rows, key=lambda r: (r["b"], -r["a"], r["c"]))
