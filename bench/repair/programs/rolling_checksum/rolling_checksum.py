"""rsync-style weak rolling checksum, used to find a block of one file inside another."""

MOD = 1 << 16


class RollingChecksum:
    """Checksum of a fixed-size window that slides one byte at a time in O(1)."""

    def __init__(self, window: bytes) -> None:
        self.size = len(window)
        self.a = 0
        self.b = 0
        for index, byte in enumerate(window):
            self.a += byte
            self.b += (self.size - index) * byte
        self.a %= MOD
        self.b %= MOD

    def roll(self, old: int, new: int) -> None:
        """Drop byte `old` from the front of the window and append byte `new` at the back."""
        self.a -= old
        self.a += new
        self.b += self.size * old
        self.b += self.a
        self.a %= MOD
        self.b %= MOD

    @property
    def digest(self) -> int:
        return (self.b << 16) | self.a


def weak_digest(block: bytes) -> int:
    return RollingChecksum(block).digest


def find_block(data: bytes, block: bytes) -> int:
    """Offset of the first occurrence of `block` in `data`, or -1.

    Only windows whose weak digest matches are compared byte by byte."""
    size = len(block)
    if size == 0 or size > len(data):
        return -1
    target = weak_digest(block)
    window = RollingChecksum(data[:size])
    for offset in range(len(data) - size + 1):
        if offset:
            window.roll(data[offset - 1], data[offset + size - 1])
        if window.digest == target and data[offset:offset + size] == block:
            return offset
    return -1


def matching_offsets(data: bytes, block: bytes) -> list[int]:
    """Every offset where `block` occurs in `data`, overlapping ones included."""
    offsets = []
    start = 0
    while (found := find_block(data[start:], block)) != -1:
        offsets.append(start + found)
        start += found + 1
    return offsets
