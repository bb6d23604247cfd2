import pytest

from unit_convert_table import convert, humanize, parse_quantity


def test_convert_lengths():
    assert convert(5, "km", "m") == pytest.approx(5000)
    assert convert(3, "ft", "in") == pytest.approx(36)
    assert convert(250, "cm", "m") == pytest.approx(2.5)


def test_convert_temperatures():
    assert convert(100, "degC", "degF") == pytest.approx(212)
    assert convert(32, "degF", "degC") == pytest.approx(0, abs=1e-9)
    assert convert(0, "K", "degC") == pytest.approx(-273.15)


def test_incompatible_and_unknown_units():
    with pytest.raises(ValueError):
        convert(1, "kg", "m")
    with pytest.raises(ValueError):
        convert(1, "furlong", "m")


def test_parse_quantity():
    assert parse_quantity("12.5 km") == (12.5, "km")
    with pytest.raises(ValueError):
        parse_quantity("12.5")


def test_humanize_picks_largest_readable_unit():
    assert humanize(1500, "m", ["m", "km"]) == (pytest.approx(1.5), "km")
    assert humanize(250, "g", ["g", "kg", "t"]) == (pytest.approx(250), "g")


def test_humanize_whole_units():
    assert humanize(1000, "mm", ["mm", "cm", "m"]) == (pytest.approx(1), "m")
    assert humanize(2000, "kg", ["g", "kg", "t"]) == (pytest.approx(2), "t")


def test_humanize_small_value_uses_smallest_unit():
    assert humanize(0.4, "mm", ["mm", "m"]) == (pytest.approx(0.4), "mm")
