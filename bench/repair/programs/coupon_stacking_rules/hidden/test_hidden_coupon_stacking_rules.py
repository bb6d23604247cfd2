from coupon_stacking_rules import Coupon, apply_coupons, usable_coupons


def test_same_code_in_other_case_counts_once():
    coupons = [Coupon("save10", "percent", 10), Coupon("SAVE10", "percent", 10)]
    assert apply_coupons(10000, coupons) == (9000, ["save10"])


def test_duplicate_with_whitespace_counts_once():
    coupons = [Coupon("FIVEOFF", "fixed", 500), Coupon(" fiveoff ", "fixed", 500)]
    assert apply_coupons(2000, coupons) == (1500, ["FIVEOFF"])


def test_minimum_spend_reached_exactly():
    spend_50 = Coupon("BIG50", "fixed", 1000, min_subtotal=5000)
    assert apply_coupons(5000, [spend_50]) == (4000, ["BIG50"])


def test_minimum_spend_one_cent_short():
    spend_50 = Coupon("BIG50", "fixed", 1000, min_subtotal=5000)
    assert apply_coupons(4999, [spend_50]) == (4999, [])


def test_exclusive_code_below_minimum_does_not_block():
    vip = Coupon("VIP25", "percent", 25, min_subtotal=20000, exclusive=True)
    ten = Coupon("SAVE10", "percent", 10)
    five = Coupon("FIVEOFF", "fixed", 500)
    assert apply_coupons(10000, [vip, five, ten]) == (8500, ["SAVE10", "FIVEOFF"])


def test_exclusive_picks_best_single_code():
    vip = Coupon("VIP5", "percent", 5, exclusive=True)
    big = Coupon("TWENTYOFF", "fixed", 2000)
    assert apply_coupons(10000, [vip, big]) == (8000, ["TWENTYOFF"])


def test_usable_filters_duplicates_and_minimums():
    coupons = [
        Coupon("A", "fixed", 100),
        Coupon("a", "fixed", 100),
        Coupon("B", "fixed", 100, min_subtotal=3000),
        Coupon("C", "percent", 5, min_subtotal=1000),
        Coupon("c", "percent", 5, min_subtotal=3000),
    ]
    assert [c.code for c in usable_coupons(coupons, 2000)] == ["A", "C"]


def test_two_percentages_compound():
    coupons = [Coupon("TEN", "percent", 10), Coupon("TWENTY", "percent", 20)]
    assert apply_coupons(10000, coupons) == (7200, ["TEN", "TWENTY"])


def test_no_coupons():
    assert apply_coupons(1234, []) == (1234, [])
