from decimal import Decimal

import pytest

from largest_remainder_shares import allocate_cents, split_amount


def test_even_split():
    assert allocate_cents(900, [1, 1, 1]) == [300, 300, 300]


def test_three_way_split_first_party_gets_extra_cent():
    assert allocate_cents(100, [1, 1, 1]) == [34, 33, 33]


def test_shares_sum_to_total():
    for total in (1, 7, 99, 1000, 12345):
        assert sum(allocate_cents(total, [3, 5, 2, 7])) == total


def test_proportional_split():
    assert allocate_cents(1000, [1, 2, 3]) == [167, 333, 500]


def test_split_amount_in_currency_units():
    assert split_amount("10.00", [1, 1, 1]) == [Decimal("3.34"), Decimal("3.33"), Decimal("3.33")]


def test_rejects_bad_weights():
    with pytest.raises(ValueError):
        allocate_cents(100, [0, 0])
    with pytest.raises(ValueError):
        allocate_cents(100, [])
