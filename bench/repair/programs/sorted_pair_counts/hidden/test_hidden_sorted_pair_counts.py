import itertools
import random

from sorted_pair_counts import SortedValues


def index_pairs(values):
    return list(itertools.combinations(range(len(values)), 2))


def test_strict_counts_against_brute_force():
    rng = random.Random(99)
    for _ in range(400):
        values = tuple(sorted(rng.randint(-6, 6) for _ in range(rng.randint(0, 9))))
        limit = rng.randint(-12, 12)
        expected = sum(values[i] + values[j] < limit for i, j in index_pairs(values))
        assert SortedValues(values).count_pairs_below(limit, strict=True) == expected
        assert SortedValues(values).count_pairs_below(limit) == expected


def test_inclusive_counts_against_brute_force():
    rng = random.Random(100)
    for _ in range(400):
        values = tuple(sorted(rng.randint(-6, 6) for _ in range(rng.randint(0, 9))))
        limit = rng.randint(-12, 12)
        expected = sum(values[i] + values[j] <= limit for i, j in index_pairs(values))
        assert SortedValues(values).count_pairs_below(limit, strict=False) == expected


def test_boundary_sum_equal_to_limit():
    values = SortedValues((2, 2, 2))
    assert values.count_pairs_below(4) == 0
    assert values.count_pairs_below(4, strict=False) == 3
    assert values.count_pairs_below(5) == 3


def test_tiny_inputs():
    assert SortedValues(()).count_pairs_below(0) == 0
    assert SortedValues((5,)).count_pairs_below(100, strict=False) == 0
    assert SortedValues((5,)).closest_sum(3) is None


def test_pairs_and_closest_against_brute_force():
    rng = random.Random(5)
    for _ in range(300):
        values = tuple(sorted(rng.randint(-5, 5) for _ in range(rng.randint(0, 8))))
        target = rng.randint(-10, 10)
        pairs = index_pairs(values)
        expected = sorted({(values[i], values[j]) for i, j in pairs
                           if values[i] + values[j] == target})
        assert SortedValues(values).pairs_with_sum(target) == expected
        sums = [values[i] + values[j] for i, j in pairs]
        closest = min(sums, key=lambda s: (abs(s - target), s)) if sums else None
        assert SortedValues(values).closest_sum(target) == closest
