"""Burrows-Wheeler transform followed by move-to-front coding, on bytes.

``bwt`` returns the last column of the sorted rotations plus the row index of the
original text; ``mtf_encode`` turns the (usually clustered) result into small integers.
"""


def bwt(data):
    if not data:
        return b"", 0
    n = len(data)
    rotations = sorted(range(n), key=lambda i: data[i:] + data[:i])
    last = bytes(data[(i - 1) % n] for i in rotations)
    return last, rotations.index(0)


def inverse_bwt(last, index):
    if not last:
        return b""
    if not 0 <= index < len(last):
        raise ValueError("primary index out of range")
    # LF mapping: the k-th occurrence of a byte in `last` is its k-th occurrence in `first`.
    seen = {}
    rank = []
    for byte in last:
        rank.append(seen.get(byte, 0))
        seen[byte] = seen.get(byte, 0) + 1
    first_pos, total = {}, 0
    for byte in sorted(seen):
        first_pos[byte] = total
        total += seen[byte]
    out = bytearray()
    row = index
    for _ in range(len(last)):
        byte = last[row]
        out.append(byte)
        row = first_pos[byte] + rank[row]
    return bytes(reversed(out))


def mtf_encode(data):
    table = list(range(256))
    out = []
    for byte in data:
        position = table.index(byte)
        out.append(position)
        table.pop(byte)
        table.insert(0, byte)
    return out


def mtf_decode(positions):
    table = list(range(256))
    out = bytearray()
    for position in positions:
        byte = table.pop(position)
        out.append(byte)
        table.insert(0, byte)
    return bytes(out)


def pack(data):
    last, index = bwt(data)
    return mtf_encode(last), index


def unpack(positions, index):
    return inverse_bwt(mtf_decode(positions), index)
