import random

import pytest

from dwarf_sleb128_stream import decode_all, decode_sleb128, encode_all, encode_sleb128


def test_known_multibyte_encodings():
    assert encode_sleb128(624485) == bytes([0xE5, 0x8E, 0x26])
    assert encode_sleb128(-123456) == bytes([0xC0, 0xBB, 0x78])
    assert decode_sleb128(bytes([0xE5, 0x8E, 0x26])) == (624485, 3)
    assert decode_sleb128(bytes([0xC0, 0xBB, 0x78])) == (-123456, 3)


def test_decode_at_offset():
    data = b"\xff" + encode_sleb128(-129) + encode_sleb128(300)
    value, pos = decode_sleb128(data, 1)
    assert value == -129
    assert decode_sleb128(data, pos) == (300, len(data))


def test_boundaries_round_trip():
    for k in range(1, 70):
        for v in (2**k - 1, 2**k, -(2**k), -(2**k) - 1):
            assert decode_sleb128(encode_sleb128(v)) == (v, len(encode_sleb128(v)))


def test_random_stream_round_trip():
    rng = random.Random(30)
    values = [rng.randint(-(2**70), 2**70) for _ in range(300)]
    assert decode_all(encode_all(values)) == values


def test_decode_all_empty():
    assert decode_all(b"") == []


def test_truncated_after_valid_value():
    with pytest.raises(ValueError):
        decode_all(encode_sleb128(5) + b"\xe5\x8e")
