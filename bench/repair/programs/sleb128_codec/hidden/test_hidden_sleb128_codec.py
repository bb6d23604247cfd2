import random

import pytest

from sleb128_codec import decode_all, decode_sleb128, encode_all, encode_sleb128


def test_sign_bit_boundaries():
    assert encode_sleb128(63) == b"\x3f"
    assert encode_sleb128(64) == b"\xc0\x00"
    assert encode_sleb128(-64) == b"\x40"
    assert encode_sleb128(-65) == b"\xbf\x7f"
    assert encode_sleb128(100) == b"\xe4\x00"
    assert encode_sleb128(8191) == b"\xff\x3f"
    assert encode_sleb128(8192) == b"\x80\xc0\x00"


def test_round_trip_every_value_in_range():
    for v in range(-20000, 20000, 7):
        data = encode_sleb128(v)
        assert decode_sleb128(data) == (v, len(data))


def test_round_trip_random_large_values():
    rng = random.Random(125)
    values = [rng.randrange(-(2**70), 2**70) for _ in range(300)]
    assert decode_all(encode_all(values)) == values


def test_minimal_length():
    assert len(encode_sleb128(2**13 - 1)) == 2
    assert len(encode_sleb128(-(2**13))) == 2
    assert len(encode_sleb128(2**13)) == 3


def test_truncated_input_raises():
    with pytest.raises(ValueError):
        decode_sleb128(b"\x80\x80")
    with pytest.raises(ValueError):
        decode_all(b"\x01\xe5")
