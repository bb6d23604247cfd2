import random

import pytest

from fenwick_range_update import RangeFenwick


def test_random_operations_against_a_list():
    rng = random.Random(1504)
    for _ in range(60):
        size = rng.randint(1, 12)
        plain = [rng.randint(-9, 9) for _ in range(size)]
        tree = RangeFenwick.from_values(plain)
        for _ in range(25):
            first = rng.randrange(size)
            last = rng.randrange(first, size)
            if rng.random() < 0.5:
                delta = rng.randint(-5, 5)
                tree.add(first, last, delta)
                for index in range(first, last + 1):
                    plain[index] += delta
            assert tree.range_sum(first, last) == sum(plain[first:last + 1])
            assert tree.prefix_sum(last + 1) == sum(plain[:last + 1])
        assert tree.values() == plain


def test_single_element():
    tree = RangeFenwick.from_values([7])
    assert tree.value(0) == 7
    tree.add(0, 0, -10)
    assert tree.range_sum(0, 0) == -3
    assert tree.values() == [-3]


def test_add_reaching_the_last_element():
    tree = RangeFenwick(4)
    tree.add(2, 3, 5)
    assert tree.values() == [0, 0, 5, 5]
    assert tree.range_sum(3, 3) == 5
    assert tree.range_sum(0, 1) == 0


def test_empty_range_sum_is_zero():
    tree = RangeFenwick.from_values([1, 2, 3])
    assert tree.range_sum(2, 1) == 0


def test_value_out_of_range():
    tree = RangeFenwick(3)
    with pytest.raises(IndexError):
        tree.value(3)
    with pytest.raises(IndexError):
        tree.value(-1)
