"""Signed LEB128, the variable-length integer encoding used by DWARF and WebAssembly.

Each byte carries seven bits of the value, least significant group first; the
high bit says whether another byte follows. Bit 6 of the last byte is the sign.
"""


def encode_sleb128(value):
    """Encode one integer (any sign, any size) as SLEB128 bytes."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        done = (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40)
        if done:
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def decode_sleb128(data, offset=0):
    """Decode one value starting at offset; return (value, next_offset)."""
    result = 0
    shift = 0
    pos = offset
    while True:
        if pos >= len(data):
            raise ValueError("truncated SLEB128 value at offset %d" % offset)
        byte = data[pos]
        pos += 1
        shift += 7
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
    if byte & 0x40:
        result -= 1 << shift
    return result, pos


def encode_all(values):
    """Concatenate the encodings of several integers."""
    return b"".join(encode_sleb128(v) for v in values)


def decode_all(data):
    """Decode a buffer holding back-to-back SLEB128 values."""
    values = []
    pos = 0
    while pos < len(data):
        value, pos = decode_sleb128(data, pos)
        values.append(value)
    return values
