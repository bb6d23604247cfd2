import pytest

from half_even_decimal_round import round_all, round_half_even


def test_plain_rounding():
    assert round_half_even("1.24", 1) == "1.2"
    assert round_half_even("1.26", 1) == "1.3"
    assert round_half_even("7") == "7"


def test_ties_go_to_even():
    assert round_half_even("0.5") == "0"
    assert round_half_even("1.5") == "2"
    assert round_half_even("2.5") == "2"


def test_pads_to_the_requested_places():
    assert round_half_even("3", 2) == "3.00"
    assert round_half_even("0.004", 2) == "0.00"


def test_negative_numbers():
    assert round_half_even("-1.26", 1) == "-1.3"
    assert round_half_even("-0.2") == "0"


def test_round_all_and_bad_input():
    assert round_all(["1.115", "1.125", "1.135"], 2) == ["1.12", "1.12", "1.14"]
    with pytest.raises(ValueError):
        round_half_even("12a")
