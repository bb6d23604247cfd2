import pytest

from css_color_parse import parse_color, to_hex


def test_percent_channels():
    assert parse_color("rgb(20%, 40%, 60%)") == (51, 102, 153, 1.0)
    assert parse_color("rgb(0%, 0%, 1%)") == (0, 0, 3, 1.0)
    assert parse_color("rgba(10% 90% 0.5% / 40%)") == (26, 230, 1, 0.4)


def test_percent_channels_clamped():
    assert parse_color("rgb(150%, -20%, 100%)") == (255, 0, 255, 1.0)


def test_four_digit_hex():
    assert parse_color("#f00f") == (255, 0, 0, 1.0)
    assert parse_color("#abc0") == (170, 187, 204, 0.0)
    assert parse_color("#1234") == (17, 34, 51, 0.267)


def test_hex_lengths_rejected():
    for bad in ["#", "#1", "#12345", "#1234567", "#123456789", "#12g"]:
        with pytest.raises(ValueError):
            parse_color(bad)


def test_numbers_clamped_and_rounded():
    assert parse_color("rgb(300, -5, 127.6)") == (255, 0, 128, 1.0)
    assert parse_color("rgba(1,2,3,7)") == (1, 2, 3, 1.0)


def test_hex_round_trips():
    for text in ["#000000", "#ff8000", "#12345678", "#ffffff00"]:
        assert to_hex(parse_color(text)) == text
    assert to_hex(parse_color("#48c8")) == "#4488cc88"
