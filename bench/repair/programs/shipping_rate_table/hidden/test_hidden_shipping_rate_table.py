import pytest

from shipping_rate_table import RATE_TABLE, Parcel, chargeable_weight, postage, total_postage


def flat(grams):
    return Parcel(grams, 10, 10, 1)


@pytest.mark.parametrize("zone", ["domestic", "europe"])
def test_every_tier_limit_is_inclusive(zone):
    for limit, price in RATE_TABLE[zone]:
        assert postage(flat(limit), zone) == price


@pytest.mark.parametrize("zone", ["domestic", "europe"])
def test_just_over_each_limit_moves_up_a_tier(zone):
    tiers = RATE_TABLE[zone]
    for (limit, _), (_, next_price) in zip(tiers, tiers[1:]):
        assert postage(flat(limit + 1), zone) == next_price


def test_heaviest_allowed_parcel():
    assert postage(flat(20000), "domestic") == 2995
    assert postage(flat(19950), "europe") == 7900
    with pytest.raises(ValueError):
        postage(flat(20001), "europe")


def test_volumetric_weight_at_a_limit():
    box = Parcel(100, 25, 20, 10)  # 5000 cm3 -> 1000 g
    assert chargeable_weight(box) == 1000
    assert postage(box, "domestic") == 695
    assert postage(Parcel(100, 25, 20, 11), "domestic") == 895


def test_tiny_parcel():
    assert chargeable_weight(Parcel(1, 1, 1, 1)) == 100
    assert postage(Parcel(1, 1, 1, 1), "europe") == 1250
    assert postage(flat(500), "europe") == 1250


def test_bulky_box_over_the_limit_is_refused():
    with pytest.raises(ValueError):
        postage(Parcel(2000, 100, 60, 20), "domestic")  # 24 kg by volume


def test_total_postage_mixed():
    parcels = [flat(500), flat(2000), Parcel(900, 40, 30, 20), flat(10000)]
    assert total_postage(parcels, "domestic") == 495 + 895 + 1295 + 1895
    assert total_postage([], "europe") == 0
