import pytest

from shipping_tier_quote import TooHeavy, quote, quote_order, tier_price


def test_light_parcel_domestic():
    assert quote(300, 2000) == 390


def test_parcel_at_tier_limit_uses_that_tier():
    assert tier_price(2000) == 590


def test_eu_express():
    # 850 * 1.6 = 1360, express * 1.5 = 2040
    assert quote(4200, 2000, zone="eu", express=True) == 2040


def test_free_domestic_shipping_over_threshold():
    assert quote(1200, 9000) == 0


def test_too_heavy_for_parcel():
    with pytest.raises(TooHeavy):
        tier_price(25000)


def test_order_with_two_parcels():
    assert quote_order([800, 12000], 3000, zone="world") == 590 * 240 // 100 + 1800 * 240 // 100
