import pytest

from shipping_tier_quote import TooHeavy, quote, quote_order, tier_price


@pytest.mark.parametrize("grams, cents", [
    (1, 390), (499, 390), (500, 390), (501, 590),
    (1999, 590), (2000, 590), (2001, 850),
    (5000, 850), (5001, 1200), (10000, 1200), (10001, 1800),
    (19999, 1800), (20000, 1800),
])
def test_every_tier_boundary(grams, cents):
    assert tier_price(grams) == cents


def test_heaviest_parcel_still_ships():
    assert quote(20000, 100, zone="eu") == 1800 * 160 // 100


def test_one_gram_over_the_limit_is_freight():
    with pytest.raises(TooHeavy):
        quote(20001, 100)


def test_non_positive_weight_rejected():
    with pytest.raises(ValueError):
        tier_price(0)


def test_free_shipping_threshold_exactly():
    assert quote(500, 7500) == 0
    assert quote(500, 7499) == 390


def test_no_free_shipping_abroad_or_express():
    assert quote(500, 10000, zone="eu") == 624
    assert quote(500, 10000, express=True) == 585


def test_unknown_zone():
    with pytest.raises(ValueError):
        quote(500, 100, zone="mars")


def test_order_of_boundary_parcels():
    assert quote_order([500, 5000, 10000], 1000) == 390 + 850 + 1200
