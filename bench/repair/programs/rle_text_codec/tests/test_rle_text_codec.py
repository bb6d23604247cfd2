import pytest

from rle_text_codec import decode, encode, is_well_formed, runs


def test_runs():
    assert list(runs("aaabcc")) == [("a", 3), ("b", 1), ("c", 2)]


def test_encode():
    assert encode("aaabcc") == "3ab2c"
    assert encode("") == ""


def test_decode():
    assert decode("3ab2c") == "aaabcc"
    assert decode("12x") == "x" * 12


def test_round_trip_with_spaces():
    text = "wow    such   spaces!!"
    assert decode(encode(text)) == text


def test_well_formed():
    assert is_well_formed("3ab2c")
    assert not is_well_formed("3ab2")
    assert not is_well_formed("0a")


def test_decode_rejects_dangling_count():
    with pytest.raises(ValueError):
        decode("2a7")
