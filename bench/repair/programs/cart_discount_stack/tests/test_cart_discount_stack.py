from cart_discount_stack import Coupon, best_price


def test_no_coupons_pays_subtotal():
    assert best_price(4200, []) == (4200, [])


def test_single_percent_coupon():
    assert best_price(5000, [Coupon("SAVE10", "percent", 10)]) == (4500, ["SAVE10"])


def test_minimum_spend_not_reached():
    coupons = [Coupon("BIGSPENDER", "fixed", 1000, min_subtotal=5000)]
    assert best_price(4999, coupons) == (4999, [])


def test_percent_coupons_stack():
    coupons = [Coupon("SPRING20", "percent", 20), Coupon("MEMBER10", "percent", 10)]
    assert best_price(10000, coupons) == (7200, ["SPRING20", "MEMBER10"])


def test_percent_applies_before_fixed():
    coupons = [Coupon("FIVEOFF", "fixed", 500), Coupon("SAVE10", "percent", 10)]
    assert best_price(2000, coupons) == (1300, ["FIVEOFF", "SAVE10"])


def test_non_stackable_coupon_used_alone_when_better():
    coupons = [Coupon("SAVE10", "percent", 10), Coupon("BIG30", "percent", 30, stackable=False)]
    assert best_price(10000, coupons) == (7000, ["BIG30"])


def test_total_never_negative():
    assert best_price(3000, [Coupon("GIFT", "fixed", 5000)]) == (0, ["GIFT"])
