import pytest

from shunting_yard import convert


def test_power_binds_right_with_other_ops():
    assert convert("a * b ^ c ^ d") == "a b c d ^ ^ *"
    assert convert("(2 ^ 3) ^ 2") == "2 3 ^ 2 ^"


def test_division_chain_is_left_assoc():
    assert convert("8 / 4 / 2") == "8 4 / 2 /"
    assert convert("a - b + c") == "a b - c +"


def test_nested_parentheses():
    assert convert("((x))") == "x"
    assert convert("3 + 4 * 2 / (1 - 5) ^ 2 ^ 3") == "3 4 2 * 1 5 - 2 3 ^ ^ / +"


def test_extra_closing_paren():
    with pytest.raises(ValueError):
        convert("1 + 2)")
