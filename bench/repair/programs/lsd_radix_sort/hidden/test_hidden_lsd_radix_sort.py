import random

import pytest

from lsd_radix_sort import counting_pass, radix_sort


def test_nines_and_zeros():
    assert radix_sort([9, 0, 99, 90, 909, 9, 0]) == [0, 0, 9, 9, 90, 99, 909]


def test_other_bases():
    data = [13, 2, 255, 16, 1, 128, 7, 0]
    assert radix_sort(data, base=2) == sorted(data)
    assert radix_sort(data, base=16) == sorted(data)
    with pytest.raises(ValueError):
        radix_sort(data, base=1)


def test_counting_pass_is_stable():
    items = [("a", 19), ("b", 9), ("c", 11), ("d", 29), ("e", 1)]
    assert counting_pass(items, key=lambda i: i[1], exp=1, base=10) == [
        ("c", 11), ("e", 1), ("a", 19), ("b", 9), ("d", 29),
    ]


def test_input_not_modified():
    data = [50, 5, 500]
    assert radix_sort(data) == [5, 50, 500]
    assert data == [50, 5, 500]


def test_random_records_against_sorted():
    rng = random.Random(77)
    for _ in range(200):
        base = rng.choice([2, 3, 10, 16])
        size = rng.randint(0, 30)
        records = [(rng.randint(0, 3000), index) for index in range(size)]
        expected = sorted(records, key=lambda r: r[0])
        assert radix_sort(records, key=lambda r: r[0], base=base) == expected
