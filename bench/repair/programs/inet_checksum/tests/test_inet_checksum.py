from inet_checksum import InternetChecksum, checksum, is_valid

IPV4_HEADER = bytes.fromhex("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7")


def test_empty_input():
    assert checksum(b"") == 0xFFFF


def test_small_words():
    assert checksum(b"\x00\x01\x00\x02") == 0xFFFC


def test_odd_length_is_padded_with_zero():
    assert checksum(b"\x01") == 0xFEFF
    assert checksum(b"\x12\x34\x56") == checksum(b"\x12\x34\x56\x00")


def test_rfc1071_example():
    assert checksum(bytes.fromhex("0001 f203 f4f5 f6f7")) == 0x220D


def test_ipv4_header():
    value = checksum(IPV4_HEADER)
    assert value == 0xB861
    assert is_valid(IPV4_HEADER[:10] + value.to_bytes(2, "big") + IPV4_HEADER[12:])


def test_fed_in_pieces():
    accumulator = InternetChecksum()
    for piece in (b"\x00", b"\x01\x00", b"\x02"):
        accumulator.update(piece)
    assert accumulator.digest() == checksum(b"\x00\x01\x00\x02")
