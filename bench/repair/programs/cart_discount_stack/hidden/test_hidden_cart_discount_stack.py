from cart_discount_stack import Coupon, best_price, stacked_total


def test_three_percent_coupons_compound():
    coupons = [Coupon("A", "percent", 10), Coupon("B", "percent", 10), Coupon("C", "percent", 10)]
    assert best_price(10000, coupons) == (7290, ["A", "B", "C"])


def test_compounding_can_lose_to_a_single_coupon():
    coupons = [
        Coupon("A", "percent", 25),
        Coupon("B", "percent", 25),
        Coupon("SOLO45", "percent", 45, stackable=False),
    ]
    assert best_price(10000, coupons) == (5500, ["SOLO45"])


def test_stack_beats_single_coupon():
    coupons = [
        Coupon("A", "percent", 30),
        Coupon("B", "percent", 30),
        Coupon("SOLO50", "percent", 50, stackable=False),
    ]
    assert best_price(10000, coupons) == (4900, ["A", "B"])


def test_percent_discounts_round_down_each_step():
    coupons = [Coupon("A", "percent", 15), Coupon("B", "percent", 10)]
    assert best_price(999, coupons) == (765, ["A", "B"])


def test_mixed_order_of_percent_and_fixed():
    coupons = [
        Coupon("F300", "fixed", 300),
        Coupon("P20", "percent", 20),
        Coupon("F200", "fixed", 200),
        Coupon("P50", "percent", 50),
    ]
    assert stacked_total(10000, coupons) == 3500
    assert best_price(10000, coupons) == (3500, ["F300", "P20", "F200", "P50"])


def test_tie_goes_to_fewer_coupons():
    coupons = [
        Coupon("A", "percent", 10),
        Coupon("B", "percent", 10),
        Coupon("FLAT", "fixed", 1900, stackable=False),
    ]
    assert best_price(10000, coupons) == (8100, ["FLAT"])


def test_minimum_spend_is_inclusive_and_on_the_subtotal():
    coupons = [Coupon("P10", "percent", 10), Coupon("F500", "fixed", 500, min_subtotal=5000)]
    assert best_price(5000, coupons) == (4000, ["P10", "F500"])


def test_stacked_total_floor_at_zero():
    coupons = [Coupon("P50", "percent", 50), Coupon("F", "fixed", 800)]
    assert stacked_total(1500, coupons) == 0
    assert stacked_total(0, coupons) == 0
