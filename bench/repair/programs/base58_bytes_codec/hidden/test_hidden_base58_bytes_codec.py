import pytest

from base58_bytes_codec import decode, encode, encode_int


def test_trailing_zero_bytes_are_not_padding():
    assert encode(b"a\x00") == "8P9"
    assert encode(b"\x01\x00\x00") == "LUw"
    assert decode(encode(b"ab\x00\x00")) == b"ab\x00\x00"


def test_all_zero_bytes():
    assert encode(b"\x00") == "1"
    assert encode(b"\x00\x00\x00") == "111"
    assert decode("111") == b"\x00\x00\x00"


def test_mixed_zero_bytes_round_trip():
    for data in (b"\x00a\x00", b"\x00\x00\xff\x00\x00", b"\x00\x01\x00\x01\x00"):
        assert decode(encode(data)) == data


def test_known_vectors():
    assert encode(bytes.fromhex("0000287fb4cd")) == "11233QC4"
    address = bytes.fromhex("00eb15231dfceb60925886b67d065299925915aeb172c06647")
    assert encode(address) == "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"
    assert decode("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L") == address


def test_encode_int_edges():
    assert encode_int(0) == "1"
    assert encode_int(256) == "5R"
    with pytest.raises(ValueError):
        encode_int(-1)
