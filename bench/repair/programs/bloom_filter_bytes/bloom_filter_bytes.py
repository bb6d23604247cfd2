"""A Bloom filter over a bytearray, using double hashing of one SHA-256 digest."""
import hashlib


class BloomFilter:
    def __init__(self, num_bits, num_hashes):
        if num_bits <= 0 or num_hashes <= 0:
            raise ValueError("num_bits and num_hashes must be positive")
        self.num_bits = num_bits
        self.num_hashes = num_hashes
        self.bits = bytearray((num_bits + 7) // 8)
        self.count = 0

    def _positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.num_bits for i in range(self.num_hashes)]

    def add(self, item):
        for pos in self._positions(item):
            self.bits[pos >> 3] |= 1 << (pos & 7)
        self.count += 1

    def __contains__(self, item):
        return all(self.bits[pos >> 3] & (1 << (pos & 7)) for pos in self._positions(item))

    def bits_set(self):
        """Number of bits currently set to one."""
        return sum(bin(b).count("1") for b in self.bits)

    def union(self, other):
        """A filter that answers yes for everything either filter holds."""
        if (self.num_bits, self.num_hashes) != (other.num_bits, other.num_hashes):
            raise ValueError("can only merge filters of the same shape")
        merged = BloomFilter(self.num_bits, self.num_hashes)
        merged.bits = bytearray(a & b for a, b in zip(self.bits, other.bits))
        merged.count = self.count + other.count
        return merged

    def false_positive_rate(self):
        """Estimated chance that an item never added is reported as present."""
        return (self.bits_set() / self.num_bits) ** self.num_hashes
