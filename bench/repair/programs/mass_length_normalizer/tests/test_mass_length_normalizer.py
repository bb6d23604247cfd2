import pytest

from mass_length_normalizer import normalize, normalize_column, parse_quantity


def test_parse_quantity_aliases_and_comma():
    assert parse_quantity(" 2,5 Lbs ") == (2.5, "lb")
    assert parse_quantity("12in") == (12.0, "in")


def test_to_base_unit():
    assert normalize("2.5 kg", "g") == 2500.0
    assert normalize("3 ft", "m") == 0.914


def test_to_larger_unit():
    assert normalize("1500 g", "kg") == 1.5


def test_pounds_to_kilograms():
    assert normalize("10 lb", "kg") == 4.536


def test_incompatible_dimensions():
    with pytest.raises(ValueError):
        normalize("3 kg", "m")


def test_column_with_bad_cells():
    assert normalize_column(["1 g", "n/a", "2 parsecs", "250 mg"], "g") == [1.0, None, None, 0.25]
