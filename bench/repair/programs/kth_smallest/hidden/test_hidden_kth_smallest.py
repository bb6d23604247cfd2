import random

from kth_smallest import kth_smallest, median_low


def test_every_rank_matches_sorted():
    rng = random.Random(17)
    for _ in range(150):
        values = [rng.randint(0, 30) for _ in range(rng.randint(1, 20))]
        ordered = sorted(values)
        for k in range(len(values)):
            assert kth_smallest(values, k) == ordered[k]


def test_duplicates():
    assert kth_smallest([2, 2, 2, 1], 0) == 1
    assert kth_smallest([2, 2, 2, 1], 3) == 2


def test_median_even_length():
    assert median_low([4, 1, 3, 2]) == 2
