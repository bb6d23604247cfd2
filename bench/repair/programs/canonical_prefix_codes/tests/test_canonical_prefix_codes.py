import pytest

from canonical_prefix_codes import assign_codes, decode, encode


def test_rfc1951_example():
    lengths = {"A": 3, "B": 3, "C": 3, "D": 3, "E": 3, "F": 2, "G": 4, "H": 4}
    assert assign_codes(lengths) == {
        "A": "010", "B": "011", "C": "100", "D": "101", "E": "110",
        "F": "00", "G": "1110", "H": "1111",
    }


def test_unused_symbols_get_no_code():
    assert assign_codes({"a": 2, "b": 0, "c": 1, "d": 2}) == {"c": "0", "a": "10", "d": "11"}


def test_encode_decode_round_trip():
    lengths = {"x": 1, "y": 2, "z": 2}
    bits = encode("xyzzyx", lengths)
    assert bits == "0101111100"
    assert decode(bits, lengths) == list("xyzzyx")


def test_over_subscribed_lengths_are_rejected():
    with pytest.raises(ValueError):
        assign_codes({"a": 1, "b": 1, "c": 1})


def test_incomplete_bit_string_is_rejected():
    with pytest.raises(ValueError):
        decode("01", {"x": 1, "y": 2, "z": 2})
