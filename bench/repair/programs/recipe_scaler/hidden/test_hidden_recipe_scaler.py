from fractions import Fraction

import pytest

from recipe_scaler import format_amount, scale_line, scale_recipe


@pytest.mark.parametrize("line, servings, wanted, expected", [
    ("1 1/2 cups flour", 4, 6, "2 1/4 cups flour"),
    ("3 eggs", 6, 4, "2 eggs"),
    ("2 cups milk", 4, 3, "1 1/2 cups milk"),
    ("1 onion", 3, 1, "3/8 onion"),
    ("1/4 tsp pepper", 2, 5, "5/8 tsp pepper"),
    ("250 g butter", 5, 2, "100 g butter"),
    ("1", 4, 12, "3"),
    ("1/8 tsp cloves", 8, 1, "1/8 tsp cloves"),
])
def test_scaling_up_and_down(line, servings, wanted, expected):
    assert scale_line(line, servings, wanted) == expected


def test_scale_whole_recipe_down():
    recipe = ["2 1/2 cups stock", "salt to taste", "6 carrots", "3/4 cup cream"]
    assert scale_recipe(recipe, 6, 3) == ["1 1/4 cups stock", "salt to taste", "3 carrots", "3/8 cup cream"]


def test_round_trip_through_scaling():
    assert scale_line(scale_line("1 1/2 cups rice", 2, 4), 4, 2) == "1 1/2 cups rice"


def test_tiny_amounts_do_not_vanish():
    assert format_amount(Fraction(1, 100)) == "1/8"
    assert format_amount(Fraction(0)) == "0"
    assert format_amount(Fraction(7, 3), denominator=4) == "2 1/4"


def test_negative_wanted_rejected():
    with pytest.raises(ValueError):
        scale_line("1 egg", 4, -2)
