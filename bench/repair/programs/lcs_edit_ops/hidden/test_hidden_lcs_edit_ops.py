import random
from functools import lru_cache

from lcs_edit_ops import apply_script, distance, edit_script


def lcs_length(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return go(i + 1, j + 1) + 1
        return max(go(i + 1, j), go(i, j + 1))
    return go(0, 0)


def test_single_insertion_in_the_middle():
    assert list(edit_script("ac", "abc")) == [("=", "a"), ("+", "b"), ("=", "c")]


def test_classic_example_is_minimal():
    old, new = "ABCABBA", "CBABAC"
    script = list(edit_script(old, new))
    assert "".join(apply_script(old, iter(script))) == new
    assert sum(op == "=" for op, _ in script) == 4
    assert distance(old, new) == 5


def test_deletions_come_before_insertions_on_a_tie():
    assert list(edit_script("x", "y")) == [("-", "x"), ("+", "y")]


def test_random_scripts_are_valid_and_shortest():
    rng = random.Random(5)
    for _ in range(300):
        old = [rng.choice("abc") for _ in range(rng.randint(0, 8))]
        new = [rng.choice("abc") for _ in range(rng.randint(0, 8))]
        script = list(edit_script(old, new))
        assert apply_script(old, iter(script)) == new
        kept = sum(op == "=" for op, _ in script)
        assert kept == lcs_length(tuple(old), tuple(new))
        assert distance(old, new) == len(old) + len(new) - 2 * kept
