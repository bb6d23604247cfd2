"""RFC 1071 Internet checksum (IPv4, ICMP, TCP and UDP), computed over data fed in pieces."""


class InternetChecksum:
    def __init__(self) -> None:
        self._total = 0
        self._pending: int | None = None  # odd trailing byte waiting for its partner

    def update(self, data: bytes) -> None:
        if self._pending is not None and data:
            data = bytes([self._pending]) + data
            self._pending = None
        if len(data) % 2:
            self._pending = data[-1]
            data = data[:-1]
        for i in range(0, len(data), 2):
            self._total += (data[i] << 8) + data[i + 1]
        self._total = self._fold(self._total)

    @staticmethod
    def _fold(total: int) -> int:
        """Reduce a running sum to 16 bits, ones' complement style."""
        while total > 0xFFFF:
            total = total & 0xFFFF
        return total

    def digest(self) -> int:
        total = self._total
        if self._pending is not None:
            total = self._fold(total + (self._pending << 8))
        return ~total & 0xFFFF


def checksum(data: bytes) -> int:
    accumulator = InternetChecksum()
    accumulator.update(data)
    return accumulator.digest()


def is_valid(packet: bytes) -> bool:
    """A header with its checksum field filled in sums to 0xFFFF, i.e. checksums to 0."""
    return checksum(packet) == 0
