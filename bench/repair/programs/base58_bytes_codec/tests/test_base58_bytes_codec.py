import pytest

from base58_bytes_codec import decode, encode, encode_int


def test_known_vector():
    assert encode(b"hello world") == "StV1DL6CwTryKyV"
    assert decode("StV1DL6CwTryKyV") == b"hello world"


def test_empty():
    assert encode(b"") == ""
    assert decode("") == b""


def test_leading_zero_bytes_preserved():
    assert encode(b"\x00\x00\x01") == "112"
    assert decode("112") == b"\x00\x00\x01"


def test_round_trip():
    for data in (b"\x00abc", b"\xff" * 5, bytes(range(20))):
        assert decode(encode(data)) == data


def test_invalid_character():
    with pytest.raises(ValueError):
        decode("0OIl")


def test_encode_int():
    assert encode_int(57) == "z"
    assert encode_int(58) == "21"
