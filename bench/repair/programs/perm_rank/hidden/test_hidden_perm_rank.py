import itertools
import math

import pytest

from perm_rank import rank, shuffle_from_seed, successor, unrank


def test_rank_matches_itertools_order():
    for size in range(1, 7):
        items = list(range(10, 10 + size))
        for expected, perm in enumerate(itertools.permutations(items)):
            assert rank(perm) == expected


def test_unrank_matches_itertools_order():
    for size in range(1, 7):
        items = [chr(ord("p") + i) for i in range(size)]
        for index, perm in enumerate(itertools.permutations(items)):
            assert unrank(items[::-1], index) == list(perm)


def test_round_trip_larger():
    items = list(range(9))
    for index in (0, 1, 5039, 40319, 40320, 123456, math.factorial(9) - 1):
        assert rank(unrank(items, index)) == index


def test_successor_walks_every_ordering():
    perm = [1, 2, 3, 4]
    seen = [perm]
    for _ in range(30):
        perm = successor(perm)
        if perm is None:
            break
        seen.append(perm)
    assert seen == [list(p) for p in itertools.permutations([1, 2, 3, 4])]


def test_successor_middle():
    assert successor([1, 3, 2]) == [2, 1, 3]


def test_shuffle_from_seed():
    assert shuffle_from_seed("abcd", 0) == list("abcd")
    assert shuffle_from_seed("abcd", 23) == list("dcba")
    assert shuffle_from_seed("abcd", 24 + 7) == list("badc")


def test_negative_index_rejected():
    with pytest.raises(IndexError):
        unrank([1, 2], -1)


def test_empty():
    assert rank([]) == 0
    assert unrank([], 0) == []
