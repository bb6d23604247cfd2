import random

import pytest

from radix_transcode import convert, format_int, parse


def test_round_trip_signed_values():
    rng = random.Random(5)
    for _ in range(300):
        value = rng.randint(-10**12, 10**12)
        base = rng.randint(2, 36)
        text = format_int(value, base)
        assert parse(text, base) == value
        assert int(text, base) == value


def test_explicit_plus_sign_and_spaces():
    assert parse("+1010", 2) == 10
    assert parse("  -Zz ", 36) == -(35 * 36 + 35)
    assert parse("-0", 10) == 0


def test_convert_negative_between_bases():
    assert convert("-ff", 16, 2) == "-11111111"
    assert convert("+255", 10, 16) == "ff"
    assert convert("-1000", 36, 10) == str(-(36**3))


@pytest.mark.parametrize("text", ["", "-", "+", "1-0", "--1", "g"])
def test_malformed_rejected(text):
    with pytest.raises(ValueError):
        parse(text, 16)


def test_digit_out_of_range_for_base():
    with pytest.raises(ValueError):
        parse("-19", 8)
    with pytest.raises(ValueError):
        parse("10", 37)
