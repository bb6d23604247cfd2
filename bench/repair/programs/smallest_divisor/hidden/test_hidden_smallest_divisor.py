import random

import pytest

from smallest_divisor import smallest_divisor


def _brute(values, threshold):
    divisor = 1
    while sum(-(-v // divisor) for v in values) > threshold:
        divisor += 1
    return divisor


def test_single_value():
    assert smallest_divisor([19], 5) == 4
    assert smallest_divisor([19], 19) == 1
    assert smallest_divisor([19], 1) == 19


def test_exact_sum_at_answer():
    # ceil(10/2) + ceil(6/2) = 8 exactly
    assert smallest_divisor([10, 6], 8) == 2


def test_huge_threshold_gives_one():
    assert smallest_divisor([5, 9, 13], 100) == 1


def test_rejects_bad_input():
    with pytest.raises(ValueError):
        smallest_divisor([], 3)
    with pytest.raises(ValueError):
        smallest_divisor([0, 4], 3)


def test_random_against_brute_force():
    rng = random.Random(2024)
    for _ in range(300):
        values = [rng.randint(1, 40) for _ in range(rng.randint(1, 6))]
        threshold = rng.randint(len(values), sum(values) + 3)
        assert smallest_divisor(values, threshold) == _brute(values, threshold), (values, threshold)
