import pytest

from unit_convert_table import UNITS, convert, humanize, parse_quantity


@pytest.mark.parametrize("value, unit, candidates, expected", [
    (12, "in", ["in", "ft", "mi"], (1.0, "ft")),
    (5280, "ft", ["ft", "mi"], (1.0, "mi")),
    (1, "kg", ["g", "kg", "lb"], (1.0, "kg")),
    (16, "oz", ["oz", "lb"], (1.0, "lb")),
    (100, "cm", ["cm", "m", "km"], (1.0, "m")),
    (1, "t", ["kg", "t"], (1.0, "t")),
    (10, "mm", ["mm", "cm"], (1.0, "cm")),
])
def test_exactly_one_of_the_larger_unit(value, unit, candidates, expected):
    converted, name = humanize(value, unit, candidates)
    assert name == expected[1]
    assert converted == pytest.approx(expected[0])


def test_negative_values_use_magnitude():
    assert humanize(-1000, "m", ["m", "km"]) == (pytest.approx(-1), "km")
    assert humanize(-2500, "g", ["g", "kg"]) == (pytest.approx(-2.5), "kg")
    assert humanize(-0.5, "m", ["m", "km"]) == (pytest.approx(-0.5), "m")


def test_just_below_one_stays_in_smaller_unit():
    assert humanize(0.999, "km", ["m", "km"]) == (pytest.approx(999), "m")
    assert humanize(11, "in", ["in", "ft"]) == (pytest.approx(11), "in")


def test_candidate_order_does_not_matter():
    assert humanize(3000, "m", ["km", "mm", "m"]) == (pytest.approx(3), "km")
    assert humanize(0.002, "m", ["km", "m", "mm"]) == (pytest.approx(2), "mm")


def test_round_trips():
    for name, unit in UNITS.items():
        for other, other_unit in UNITS.items():
            if unit.dimension == other_unit.dimension:
                assert convert(convert(37.5, name, other), other, name) == pytest.approx(37.5)


def test_temperature_points():
    assert convert(-40, "degC", "degF") == pytest.approx(-40)
    assert convert(300, "K", "degF") == pytest.approx(80.33, abs=0.01)
    assert convert(451, "degF", "K") == pytest.approx(505.928, abs=0.001)


def test_bad_quantities():
    for text in ["", "12 km extra", "12 parsecs", "ten m"]:
        with pytest.raises(ValueError):
            parse_quantity(text)
