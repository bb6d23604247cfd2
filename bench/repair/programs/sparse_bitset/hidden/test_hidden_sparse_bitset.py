import random

import pytest

from sparse_bitset import BitSet


def test_max_matches_builtin_on_random_sets():
    rng = random.Random(7)
    for _ in range(300):
        capacity = rng.randint(1, 300)
        items = {rng.randrange(capacity) for _ in range(rng.randint(1, 6))}
        assert BitSet(capacity, items).max() == max(items)


def test_max_of_zero_only():
    assert BitSet(1, [0]).max() == 0
    assert BitSet(500, [0]).max() == 0


def test_max_at_word_boundaries():
    assert BitSet(128, [63]).max() == 63
    assert BitSet(128, [0, 64]).max() == 64
    assert BitSet(130, [127, 129]).max() == 129


def test_max_after_discarding_the_top():
    bits = BitSet(300, [5, 40, 290])
    bits.discard(290)
    assert bits.max() == 40
    bits.discard(40)
    assert bits.max() == 5


def test_empty_max_raises():
    with pytest.raises(ValueError):
        BitSet(100).max()
    bits = BitSet(8, [3])
    bits.discard(3)
    with pytest.raises(ValueError):
        bits.max()


def test_set_algebra_matches_python_sets():
    rng = random.Random(11)
    for _ in range(100):
        a_items = {rng.randrange(150) for _ in range(8)}
        b_items = {rng.randrange(90) for _ in range(8)}
        a, b = BitSet(150, a_items), BitSet(90, b_items)
        assert list(a | b) == sorted(a_items | b_items)
        assert list(a & b) == sorted(a_items & b_items)
        assert len(a) == len(a_items)
