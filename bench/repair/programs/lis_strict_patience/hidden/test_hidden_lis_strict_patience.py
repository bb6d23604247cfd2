import itertools
import random

import pytest

from lis_strict_patience import lis_length, longest_increasing


def brute_length(seq):
    for size in range(len(seq), 0, -1):
        for combo in itertools.combinations(seq, size):
            if all(a < b for a, b in zip(combo, combo[1:])):
                return size
    return 0


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def test_all_equal():
    assert longest_increasing([5, 5, 5, 5]) == [5]


def test_plateaus():
    assert lis_length([2, 2, 1, 1, 3, 3, 3]) == 2


def test_strings():
    assert longest_increasing(list("abcabd")) == ["a", "b", "c", "d"]


@pytest.mark.parametrize("seed", range(60))
def test_random_with_duplicates(seed):
    rng = random.Random(seed)
    seq = [rng.randint(0, 4) for _ in range(rng.randint(0, 10))]
    result = longest_increasing(seq)
    assert len(result) == brute_length(seq) == lis_length(seq)
    assert is_subsequence(result, seq)
    assert all(a < b for a, b in zip(result, result[1:]))
