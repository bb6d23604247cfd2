import pytest

from mass_length_normalizer import convert, normalize, normalize_column


def test_inches_to_centimetres():
    assert normalize("12 inches", "cm") == 30.48


def test_km_to_feet():
    assert normalize("1 km", "feet", digits=1) == 3280.8


def test_grams_to_ounces():
    assert normalize("100 grams", "oz", digits=4) == 3.5274


def test_metre_to_millimetre():
    assert normalize("1.2 m", "mm") == 1200.0


def test_same_unit_is_identity():
    assert convert(7.25, "lb", "lb") == pytest.approx(7.25)


def test_round_trip():
    there = convert(42.0, "mm", "ft")
    assert convert(there, "ft", "mm") == pytest.approx(42.0)


def test_column_to_kilograms():
    assert normalize_column(["500 g", "2 lb", "5 ft"], "kg") == [0.5, 0.907, None]


def test_negative_and_unknown():
    assert normalize("-3 cm", "mm") == -30.0
    with pytest.raises(ValueError):
        normalize("3 stone", "kg")
