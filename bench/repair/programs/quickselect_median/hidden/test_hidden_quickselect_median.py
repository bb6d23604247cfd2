import random

import pytest

from quickselect_median import median, nth_largest, select


def test_every_rank_matches_sorted():
    rng = random.Random(11)
    for _ in range(200):
        values = [rng.randint(-5, 5) for _ in range(rng.randint(1, 12))]
        ordered = sorted(values)
        for k in range(len(values)):
            assert select(values, k) == ordered[k]


def test_distinct_values():
    values = [9, 2, 7, 4, 5, 1, 8, 3, 6]
    assert [select(values, k) for k in range(9)] == list(range(1, 10))


def test_with_duplicates():
    assert select([5, 5, 1, 5, 9, 9], 4) == 9
    assert select([2, 2, 2, 1], 3) == 2


def test_medians():
    assert median([7]) == 7
    assert median([1, 2]) == 1.5
    assert median([5, 3, 9, 1, 7]) == 5
    assert median([8, 8, 1, 4, 4, 9]) == 6


def test_nth_largest_all():
    values = [3, 11, 7, 5]
    assert [nth_largest(values, n) for n in range(1, 5)] == [11, 7, 5, 3]
    with pytest.raises(IndexError):
        nth_largest(values, 0)


def test_input_not_modified():
    values = [4, 2, 3, 1]
    select(values, 2)
    assert values == [4, 2, 3, 1]
