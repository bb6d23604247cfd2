from fractions import Fraction

import pytest

from recipe_scaler import format_amount, parse_amount, scale_line, scale_recipe, split_line


def test_parse_amounts():
    assert parse_amount("1 1/2") == Fraction(3, 2)
    assert parse_amount("3/4") == Fraction(3, 4)
    assert parse_amount("0.5") == Fraction(1, 2)
    with pytest.raises(ValueError):
        parse_amount("a pinch")


def test_format_mixed_numbers():
    assert format_amount(Fraction(9, 4)) == "2 1/4"
    assert format_amount(Fraction(3, 8)) == "3/8"
    assert format_amount(Fraction(5)) == "5"
    assert format_amount(Fraction(1, 3)) == "3/8"


def test_split_line():
    assert split_line("1 1/2 cups flour") == ("1 1/2", "cups flour")
    assert split_line("salt to taste") == ("", "salt to taste")


def test_same_servings_keeps_amounts():
    assert scale_line("2 eggs", 2, 2) == "2 eggs"


def test_double_the_recipe():
    assert scale_line("3/4 tsp salt", 4, 8) == "1 1/2 tsp salt"
    assert scale_line("1 1/2 cups flour", 4, 8) == "3 cups flour"


def test_lines_without_amounts_are_kept():
    assert scale_recipe(["salt to taste", "fresh basil"], 4, 10) == ["salt to taste", "fresh basil"]


def test_bad_servings():
    with pytest.raises(ValueError):
        scale_line("1 egg", 0, 4)
