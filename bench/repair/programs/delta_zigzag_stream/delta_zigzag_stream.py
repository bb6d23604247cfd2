"""Delta + zigzag + varint encoding for mostly increasing integer series.

Timestamps and sorted ids change little from one value to the next, so each
value is stored as the difference from the previous one, zigzag-mapped to an
unsigned integer (0, -1, 1, -2, ... -> 0, 1, 2, 3, ...) and written as a
little-endian base-128 varint.  The stream starts with the number of values.
"""


def zigzag(n):
    return n << 1 if n >= 0 else ((-n) << 1) - 1


def unzigzag(z):
    return -((z + 1) >> 1) if z & 1 else z >> 1


def write_uvarint(out, n):
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def read_uvarint(data, pos):
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def encode(values, base=0):
    out = bytearray()
    write_uvarint(out, len(values))
    prev = base
    for v in values:
        write_uvarint(out, zigzag(v - prev))
    return bytes(out)


def decode(data, base=0):
    count, pos = read_uvarint(data, 0)
    values = []
    prev = base
    for _ in range(count):
        z, pos = read_uvarint(data, pos)
        prev += unzigzag(z)
        values.append(prev)
    if pos != len(data):
        raise ValueError(f"{len(data) - pos} trailing bytes after {count} values")
    return values
