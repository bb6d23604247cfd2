"""Pack small unsigned integers into a dense bit stream, most significant bit first.

The last byte is padded with zero bits, so the reader has to know how many
values there are.
"""


def packed_size(count, width):
    return (count * width + 7) // 8


def pack(values, width):
    if not 1 <= width <= 32:
        raise ValueError("width must be between 1 and 32")
    limit = 1 << width
    out = bytearray()
    acc = 0
    nbits = 0
    for v in values:
        if not 0 <= v < limit:
            raise ValueError(f"{v} does not fit in {width} bits")
        acc = (acc << width) | v
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1
    if nbits:
        out.append((acc << (8 - width)) & 0xFF)
    return bytes(out)


def unpack(data, width, count):
    if not 1 <= width <= 32:
        raise ValueError("width must be between 1 and 32")
    mask = (1 << width) - 1
    values = []
    acc = 0
    nbits = 0
    for byte in data:
        if len(values) == count:
            break
        acc = (acc << 8) | byte
        nbits += 8
        while nbits >= width and len(values) < count:
            nbits -= width
            values.append((acc >> nbits) & mask)
        acc &= (1 << nbits) - 1
    if len(values) < count:
        raise ValueError(f"data holds fewer than {count} values of {width} bits")
    return values
