from decimal import Decimal

import pytest

from largest_remainder_shares import allocate_cents, split_amount


def test_largest_remainders_get_leftover_cents():
    # exact shares 14.2857, 28.5714, 57.1428 -> floors 14, 28, 57, one cent left
    assert allocate_cents(100, [1, 2, 4]) == [14, 29, 57]


def test_leftover_goes_to_largest_not_smallest_remainder():
    # exact shares 1.8, 1.2, 7.0 -> one cent left, to the .8
    assert allocate_cents(10, [18, 12, 70]) == [2, 1, 7]
    assert allocate_cents(10, [9, 6, 35]) == [2, 1, 7]


def test_ties_go_to_earlier_party():
    assert allocate_cents(5, [1, 1, 1, 1]) == [2, 1, 1, 1]
    assert allocate_cents(2, [2, 1, 1, 2]) == [1, 0, 0, 1]


def test_zero_weight_party_gets_nothing():
    assert allocate_cents(101, [0, 1, 1]) == [0, 51, 50]


def test_decimal_weights():
    assert allocate_cents(1000, [Decimal("0.5"), Decimal("0.3"), Decimal("0.2")]) == [500, 300, 200]
    assert allocate_cents(1001, [Decimal("0.15"), Decimal("0.35"), Decimal("0.5")]) == [150, 350, 501]


def test_split_amount_rounds_input_and_keeps_total():
    shares = split_amount("0.05", [7, 3])
    assert shares == [Decimal("0.04"), Decimal("0.01")]
    shares = split_amount("100", [1, 2, 4])
    assert shares == [Decimal("14.29"), Decimal("28.57"), Decimal("57.14")]
    assert sum(shares) == Decimal("100.00")


def test_negative_inputs_rejected():
    with pytest.raises(ValueError):
        allocate_cents(-1, [1])
    with pytest.raises(ValueError):
        allocate_cents(10, [1, -1, 2])
