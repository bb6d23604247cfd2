"""CRC-16 checksums, computed bit by bit and with a lookup table.

The default parameters are CRC-16/CCITT-FALSE: polynomial 0x1021, initial
value 0xFFFF, no reflection, no final XOR.  Its check value for b"123456789"
is 0x29B1.  XMODEM uses the same polynomial with an initial value of 0.
"""

POLY = 0x1021


def crc16_bitwise(data, crc=0xFFFF, poly=POLY):
    """Reference implementation, one bit at a time."""
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ poly) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def make_table(poly=POLY):
    return [crc16_bitwise(bytes([i]), crc=0, poly=poly) for i in range(256)]


_TABLE = make_table()


def crc16(data, crc=0xFFFF):
    """Table-driven CRC-16/CCITT-FALSE; pass a previous result to continue it."""
    for byte in data:
        crc = (crc << 8) ^ _TABLE[((crc >> 8) ^ byte) & 0xFF]
    return crc


def crc16_xmodem(data):
    return crc16(data, crc=0)


def append_crc(frame):
    """Return the frame followed by its CRC, most significant byte first."""
    return bytes(frame) + crc16(frame).to_bytes(2, "big")


def check_frame(frame):
    """True when the last two bytes of the frame are the CRC of the rest."""
    if len(frame) < 2:
        return False
    return crc16(frame[:-2]) == int.from_bytes(frame[-2:], "big")
