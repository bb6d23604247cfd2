import pytest

from css_color_parse import parse_color, to_hex


def test_six_digit_hex():
    assert parse_color("#1e90FF") == (30, 144, 255, 1.0)


def test_short_hex():
    assert parse_color("#f80") == (255, 136, 0, 1.0)


def test_hex_with_alpha():
    assert parse_color("#00000080") == (0, 0, 0, 0.502)
    assert parse_color("#0008") == (0, 0, 0, 0.533)


def test_rgb_function_numbers():
    assert parse_color("rgb(12, 34, 56)") == (12, 34, 56, 1.0)
    assert parse_color("rgba(12 34 56 / 0.25)") == (12, 34, 56, 0.25)


def test_rgb_function_percentages():
    assert parse_color("rgb(100%, 50%, 0%)") == (255, 128, 0, 1.0)


def test_named_and_errors():
    assert parse_color(" Transparent ") == (0, 0, 0, 0.0)
    for bad in ["#12", "#ggg", "rgb(1, 2)", "hsl(0, 0%, 0%)"]:
        with pytest.raises(ValueError):
            parse_color(bad)


def test_round_trip_to_hex():
    assert to_hex(parse_color("rgb(255, 0, 128)")) == "#ff0080"
