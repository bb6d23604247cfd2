import pytest

from shunting_yard import convert


def test_precedence():
    assert convert("1 + 2 * 3") == "1 2 3 * +"


def test_parentheses():
    assert convert("(1 + 2) * 3") == "1 2 + 3 *"


def test_left_associative_subtraction():
    assert convert("10 - 4 - 3") == "10 4 - 3 -"


def test_exponent_tower():
    assert convert("2 ^ 3 ^ 2") == "2 3 2 ^ ^"


def test_unbalanced():
    with pytest.raises(ValueError):
        convert("(1 + 2")
