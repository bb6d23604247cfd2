import pytest

from dwarf_sleb128_stream import decode_all, decode_sleb128, encode_all, encode_sleb128


def test_encode_small_values():
    assert encode_sleb128(0) == b"\x00"
    assert encode_sleb128(2) == b"\x02"
    assert encode_sleb128(-2) == b"\x7e"


def test_encode_needs_two_bytes():
    assert encode_sleb128(127) == b"\xff\x00"
    assert encode_sleb128(-128) == b"\x80\x7f"


def test_decode_single_byte():
    assert decode_sleb128(b"\x02") == (2, 1)
    assert decode_sleb128(b"\x7e") == (-2, 1)


def test_round_trip_stream():
    values = [0, 1, -1, 63, 64, -64, -65, 1000, -1000]
    assert decode_all(encode_all(values)) == values


def test_truncated_input_raises():
    with pytest.raises(ValueError):
        decode_sleb128(b"\x80\x80")
