from packbits_codec import decode, encode

APPLE_PACKED = bytes.fromhex("FEAA0280002AFDAA0380002A22F7AA")
APPLE_PLAIN = bytes.fromhex("AAAAAA80002AAAAAAAAA80002A22AAAAAAAAAAAAAAAAAAAA")


def test_decode_run_packet():
    assert decode(bytes([0xFD, 0x41])) == b"AAAA"


def test_decode_reference_example():
    assert decode(APPLE_PACKED) == APPLE_PLAIN


def test_encode_run_then_literal():
    assert encode(b"AAAB") == bytes([0xFE, 0x41, 0x00, 0x42])


def test_encode_long_run_is_split():
    assert encode(b"Z" * 130) == bytes([0x81, 0x5A, 0xFF, 0x5A])


def test_round_trip_text():
    text = b"Mississippi    river!!"
    assert decode(encode(text)) == text


def test_empty():
    assert encode(b"") == b""
    assert decode(b"") == b""
