from sleb128_codec import decode_all, decode_sleb128, encode_all, encode_sleb128


def test_small_values_take_one_byte():
    assert encode_sleb128(0) == b"\x00"
    assert encode_sleb128(2) == b"\x02"
    assert encode_sleb128(-1) == b"\x7f"


def test_encode_known_values():
    assert encode_sleb128(-123456) == bytes([0xC0, 0xBB, 0x78])
    assert encode_sleb128(624485) == bytes([0xE5, 0x8E, 0x26])


def test_decode_known_values():
    assert decode_sleb128(bytes([0xC0, 0xBB, 0x78])) == (-123456, 3)
    assert decode_sleb128(b"\x00\x7f", 1) == (-1, 2)


def test_round_trip_list():
    values = [0, 1, -1, 63, -64, 127, -128, 1000, -1000, 2**31, -(2**31)]
    assert decode_all(encode_all(values)) == values
