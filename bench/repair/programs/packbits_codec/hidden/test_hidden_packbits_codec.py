import random

import pytest

from packbits_codec import decode, encode


def test_decode_literal_packets():
    assert decode(bytes([0x02, 0x41, 0x42, 0x43])) == b"ABC"
    assert decode(bytes([0x00, 0x58, 0xFE, 0x59, 0x01, 0x31, 0x32])) == b"XYYY12"


def test_decode_skips_no_op_header():
    assert decode(bytes([0x80, 0x00, 0x41, 0x80])) == b"A"


def test_decode_full_length_literal():
    payload = bytes(range(128))
    assert decode(bytes([0x7F]) + payload + bytes([0xFF, 0x07])) == payload + b"\x07\x07"


def test_truncated_input_is_rejected():
    with pytest.raises(ValueError):
        decode(bytes([0x03, 0x41]))
    with pytest.raises(ValueError):
        decode(bytes([0xFC]))


def test_encode_literal_boundaries():
    data = bytes(range(200))
    packed = encode(data)
    assert packed[0] == 0x7F and packed[129] == 71
    assert decode(packed) == data


def test_random_round_trips():
    rng = random.Random(2022)
    for _ in range(300):
        data = bytes(rng.choice(b"ABC\x00\xff") for _ in range(rng.randint(0, 400)))
        assert decode(encode(data)) == data
