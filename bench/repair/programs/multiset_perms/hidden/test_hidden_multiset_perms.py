import itertools
import random

from multiset_perms import count_distinct, distinct_permutations


def test_empty_input():
    assert list(distinct_permutations([])) == [[]]
    assert count_distinct([]) == 1


def test_distinct_items_match_itertools():
    assert list(distinct_permutations("abc")) == [list(p) for p in itertools.permutations("abc")]


def test_yielded_lists_are_independent():
    orderings = list(distinct_permutations(["x", "y"]))
    orderings[0].append("z")
    assert orderings == [["x", "y", "z"], ["y", "x"]]


def test_random_multisets():
    rng = random.Random(3)
    for _ in range(40):
        items = [rng.choice("abc") for _ in range(rng.randint(1, 6))]
        got = list(distinct_permutations(items))
        assert len(got) == len(set(map(tuple, got)))
        assert set(map(tuple, got)) == set(itertools.permutations(items))
        first_seen = list(dict.fromkeys(items))
        assert got == sorted(got, key=lambda p: [first_seen.index(x) for x in p])
