from crc16_ccitt_false import append_crc, check_frame, crc16, crc16_bitwise


def test_check_value():
    assert crc16(b"123456789") == 0x29B1


def test_bitwise_check_value():
    assert crc16_bitwise(b"123456789") == 0x29B1


def test_empty_input_returns_initial_value():
    assert crc16(b"") == 0xFFFF


def test_append_then_check():
    frame = append_crc(b"\x01\x03\x00\x10")
    assert len(frame) == 6
    assert check_frame(frame)
