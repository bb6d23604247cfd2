import pytest

from coupon_stacking_rules import Coupon, apply_coupons

TEN_PERCENT = Coupon("SAVE10", "percent", 10)
FIVE_OFF = Coupon("FIVEOFF", "fixed", 500)


def test_single_percentage_code():
    assert apply_coupons(10000, [TEN_PERCENT]) == (9000, ["SAVE10"])


def test_percentage_applies_before_fixed_amount():
    total, applied = apply_coupons(10000, [FIVE_OFF, TEN_PERCENT])
    assert total == 8500
    assert applied == ["SAVE10", "FIVEOFF"]


def test_code_below_minimum_spend_is_ignored():
    spend_50 = Coupon("BIG50", "fixed", 1000, min_subtotal=5000)
    assert apply_coupons(4000, [spend_50]) == (4000, [])


def test_exclusive_code_blocks_stacking():
    vip = Coupon("VIP25", "percent", 25, exclusive=True)
    assert apply_coupons(8000, [TEN_PERCENT, vip, FIVE_OFF]) == (6000, ["VIP25"])


def test_total_never_negative():
    assert apply_coupons(300, [FIVE_OFF]) == (0, ["FIVEOFF"])


def test_unknown_kind_raises():
    with pytest.raises(ValueError):
        apply_coupons(1000, [Coupon("ODD", "bogo", 1)])
