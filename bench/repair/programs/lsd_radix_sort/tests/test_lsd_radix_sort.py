import pytest

from lsd_radix_sort import counting_pass, radix_sort


def test_empty():
    assert radix_sort([]) == []


def test_single_digits():
    assert radix_sort([3, 1, 2, 0, 5]) == [0, 1, 2, 3, 5]


def test_classic_example():
    assert radix_sort([170, 45, 75, 90, 802, 24, 2, 66]) == [2, 24, 45, 66, 75, 90, 170, 802]


def test_records_by_key_are_stable():
    orders = [("o1", 120), ("o2", 15), ("o3", 120), ("o4", 7), ("o5", 15)]
    assert [name for name, _ in radix_sort(orders, key=lambda o: o[1])] == [
        "o4", "o2", "o5", "o1", "o3",
    ]


def test_negative_keys_rejected():
    with pytest.raises(ValueError):
        radix_sort([3, -1])


def test_counting_pass_on_tens_digit():
    assert counting_pass([31, 12, 23, 11], key=lambda x: x, exp=10, base=10) == [12, 11, 23, 31]
