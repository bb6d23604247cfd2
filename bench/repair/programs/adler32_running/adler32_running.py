"""Adler-32 checksum (RFC 1950) with a running, chunk-at-a-time interface."""

MOD_ADLER = 65521
# Largest n for which the sums cannot overflow 32 bits before a reduction,
# as in zlib; Python ints do not overflow, but reducing less often is faster.
NMAX = 5552


class Adler32:
    def __init__(self, data=b""):
        self.a = 0
        self.b = 0
        self.length = 0
        self.update(data)

    def update(self, data):
        a, b = self.a, self.b
        view = memoryview(data)
        for start in range(0, len(view), NMAX):
            for byte in view[start:start + NMAX]:
                a += byte
                b += a
            a %= MOD_ADLER
            b %= MOD_ADLER
        self.a, self.b = a, b
        self.length += len(view)
        return self

    def value(self):
        return (self.a << 16) | self.b

    def digest(self):
        return self.value().to_bytes(4, "big")

    def hexdigest(self):
        return self.digest().hex()


def adler32(data, value=1):
    """Same contract as zlib.adler32: pass a previous checksum to continue it."""
    h = Adler32()
    h.a = value & 0xFFFF
    h.b = (value >> 16) & 0xFFFF
    return h.update(data).value()
