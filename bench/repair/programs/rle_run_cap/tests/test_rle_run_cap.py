import pytest

from rle_run_cap import compression_ratio, decode, encode


def test_short_runs():
    assert encode("aaabcc") == "3ab2c"


def test_counts_over_nine():
    assert encode("x" * 12 + "y") == "12xy"
    assert decode("12xy") == "x" * 12 + "y"


def test_decode_multi_digit_counts():
    assert decode("10a2b") == "a" * 10 + "bb"


def test_round_trip():
    for text in ["", "a", "abc", "aaaa  bbbb", "mississippi", "-" * 40 + "|" + "-" * 40]:
        assert decode(encode(text)) == text


def test_long_runs_are_split():
    assert encode("z" * 250) == "99z99z52z"


def test_digits_rejected():
    with pytest.raises(ValueError):
        encode("ab12")


def test_compression_ratio():
    assert compression_ratio("aaaa") == 0.5
    assert compression_ratio("") == 1.0
