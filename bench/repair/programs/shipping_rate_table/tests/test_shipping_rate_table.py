import pytest

from shipping_rate_table import Parcel, chargeable_weight, postage, total_postage


def test_light_parcel_pays_first_tier():
    assert postage(Parcel(300, 20, 15, 5), "domestic") == 495


def test_parcel_at_tier_limit_stays_in_that_tier():
    assert postage(Parcel(1000, 20, 15, 10), "domestic") == 695


def test_weight_rounds_up_to_next_100_grams():
    assert chargeable_weight(Parcel(1001, 10, 10, 10)) == 1100
    assert postage(Parcel(1001, 10, 10, 10), "domestic") == 895


def test_bulky_box_billed_by_volume():
    box = Parcel(800, 40, 30, 20)
    assert chargeable_weight(box) == 4800
    assert postage(box, "europe") == 3400


def test_too_heavy_parcel_is_refused():
    with pytest.raises(ValueError):
        postage(Parcel(25000, 50, 40, 40), "domestic")


def test_total_postage():
    parcels = [Parcel(300, 20, 15, 5), Parcel(1800, 30, 20, 10)]
    assert total_postage(parcels, "domestic") == 495 + 895
