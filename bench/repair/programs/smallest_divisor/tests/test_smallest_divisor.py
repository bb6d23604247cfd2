import pytest

from smallest_divisor import ceil_div, quotient_sum, smallest_divisor


def test_ceil_div():
    assert ceil_div(7, 2) == 4
    assert ceil_div(8, 2) == 4
    assert ceil_div(1, 5) == 1


def test_quotient_sum():
    assert quotient_sum([1, 2, 5, 9], 4) == 7


def test_small_example():
    assert smallest_divisor([1, 2, 5, 9], 6) == 5


def test_one_batch_per_value_needs_the_largest_value():
    assert smallest_divisor([44, 22, 33, 11, 1], 5) == 44


def test_primes():
    assert smallest_divisor([2, 3, 5, 7, 11], 11) == 3


def test_threshold_too_small():
    with pytest.raises(ValueError):
        smallest_divisor([3, 4], 1)
