import random

from crc16_ccitt_false import (append_crc, check_frame, crc16, crc16_bitwise,
                               crc16_xmodem, make_table)


def test_xmodem_check_value():
    assert crc16_xmodem(b"123456789") == 0x31C3


def test_single_bytes_match_bitwise():
    for i in range(256):
        assert crc16(bytes([i])) == crc16_bitwise(bytes([i]))


def test_random_data_matches_bitwise_and_fits_16_bits():
    rng = random.Random(25)
    for n in (1, 2, 3, 17, 64, 300):
        data = bytes(rng.randrange(256) for _ in range(n))
        value = crc16(data)
        assert 0 <= value <= 0xFFFF
        assert value == crc16_bitwise(data)
        assert crc16(data, crc=0) == crc16_bitwise(data, crc=0)


def test_incremental_equals_whole():
    data = b"The quick brown fox jumps over the lazy dog"
    assert crc16(data[20:], crc16(data[:20])) == crc16(data)
    assert crc16(b"A") == 0xB915


def test_table_entries():
    table = make_table()
    assert table[0] == 0
    assert table[1] == 0x1021
    assert table[255] == 0x1EF0


def test_append_crc_bytes_and_corruption():
    frame = append_crc(b"123456789")
    assert frame[-2:] == b"\x29\xb1"
    assert check_frame(frame)
    bad = bytearray(frame)
    bad[3] ^= 0x01
    assert not check_frame(bytes(bad))
    assert not check_frame(b"\x00")
