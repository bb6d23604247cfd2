"""Signed LEB128 variable-length integers, as used by DWARF and WebAssembly."""


def encode_sleb128(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        # Stop once the remaining bits are all copies of the sign bit (0x40).
        done = (value == 0 and not byte & 0x40) or (value == -1 or byte & 0x40)
        if done:
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def decode_sleb128(data, offset=0):
    """Decode one value starting at offset; return (value, offset after it)."""
    result = 0
    shift = 0
    pos = offset
    while True:
        if pos >= len(data):
            raise ValueError("truncated sleb128 value")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    if byte & 0x40:
        result -= 1 << shift
    return result, pos


def encode_all(values):
    return b"".join(encode_sleb128(v) for v in values)


def decode_all(data):
    values = []
    pos = 0
    while pos < len(data):
        value, pos = decode_sleb128(data, pos)
        values.append(value)
    return values
