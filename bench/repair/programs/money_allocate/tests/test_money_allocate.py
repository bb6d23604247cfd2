import pytest

from money_allocate import allocate, format_cents, split_evenly, to_cents


def test_to_cents_rounds_half_to_even():
    assert to_cents("12.345") == 1234
    assert to_cents("12.355") == 1236
    assert to_cents("1,000") == 100000


def test_format_cents():
    assert format_cents(123456789) == "1,234,567.89"
    assert format_cents(-5) == "-0.05"


def test_allocate_exact_split():
    assert allocate(1000, [1, 2, 3, 4]) == [100, 200, 300, 400]


def test_split_bill_three_ways():
    assert split_evenly(100, 3) == [34, 33, 33]


def test_allocate_keeps_every_cent():
    shares = allocate(1001, [3, 3, 2])
    assert sum(shares) == 1001


def test_allocate_rejects_zero_weights():
    with pytest.raises(ValueError):
        allocate(100, [0, 0])
