import pytest

from varint_codec import (
    decode_varint,
    encode_all,
    encode_varint,
    iter_varints,
    unzigzag,
    zigzag,
)


def test_encode_known_values():
    assert encode_varint(0) == b"\x00"
    assert encode_varint(1) == b"\x01"
    assert encode_varint(127) == b"\x7f"
    assert encode_varint(300) == b"\xac\x02"


def test_negative_needs_zigzag():
    with pytest.raises(ValueError):
        encode_varint(-1)


def test_zigzag():
    assert [zigzag(v) for v in (0, -1, 1, -2, 2)] == [0, 1, 2, 3, 4]
    assert [unzigzag(v) for v in (0, 1, 2, 3, 4)] == [0, -1, 1, -2, 2]


def test_decode_single_byte():
    assert decode_varint(b"\x05") == (5, 1)


def test_decode_round_trip():
    for value in (128, 300, 16384, 2**32):
        assert decode_varint(encode_varint(value)) == (value, len(encode_varint(value)))


def test_stream_of_signed_values():
    values = [3, -70, 1000, 0]
    assert list(iter_varints(encode_all(values, signed=True), signed=True)) == values
