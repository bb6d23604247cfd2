import pytest

from base32_codec import decode, encode, group

RFC_VECTORS = [
    (b"", ""),
    (b"f", "MY======"),
    (b"fo", "MZXQ===="),
    (b"foo", "MZXW6==="),
    (b"foob", "MZXW6YQ="),
    (b"fooba", "MZXW6YTB"),
    (b"foobar", "MZXW6YTBOI======"),
]


def test_encode_rfc_vectors():
    for data, expected in RFC_VECTORS:
        assert encode(data) == expected


def test_decode_rfc_vectors():
    for data, text in RFC_VECTORS:
        assert decode(text) == data


def test_encode_without_padding():
    assert encode(b"foobar", padding=False) == "MZXW6YTBOI"


def test_decode_is_forgiving():
    assert decode("mzxw6ytboi") == b"foobar"
    assert decode("MZXW 6YTB OI") == b"foobar"


def test_decode_rejects_invalid_characters():
    with pytest.raises(ValueError):
        decode("MZXW1===")


def test_group_secret():
    assert group("JBSWY3DPEHPK3PXP") == "JBSW Y3DP EHPK 3PXP"
