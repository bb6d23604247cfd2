import random

from rolling_checksum import MOD, RollingChecksum, find_block, matching_offsets, weak_digest


def _reference_digest(block):
    a = sum(block) % MOD
    b = sum((len(block) - i) * byte for i, byte in enumerate(block)) % MOD
    return (b << 16) | a


def test_fresh_digest_against_reference():
    rng = random.Random(3)
    for _ in range(50):
        block = bytes(rng.randrange(256) for _ in range(rng.randint(0, 40)))
        assert weak_digest(block) == _reference_digest(block)


def test_rolling_random_windows():
    rng = random.Random(11)
    for _ in range(40):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(2, 120)))
        size = rng.randint(1, len(data) - 1)
        window = RollingChecksum(data[:size])
        for offset in range(1, len(data) - size + 1):
            window.roll(data[offset - 1], data[offset + size - 1])
            assert window.digest == _reference_digest(data[offset:offset + size])


def test_rolling_with_large_sums_wraps():
    data = bytes([255] * 600 + [0] * 600)
    window = RollingChecksum(data[:500])
    for offset in range(1, 701):
        window.roll(data[offset - 1], data[offset + 499])
    assert window.digest == _reference_digest(data[700:1200])


def test_find_block_against_bytes_find():
    rng = random.Random(5)
    for _ in range(60):
        data = bytes(rng.choice(b"abcd") for _ in range(rng.randint(1, 80)))
        start = rng.randrange(len(data))
        block = data[start:start + rng.randint(1, 8)]
        assert find_block(data, block) == data.find(block)
        other = bytes(rng.choice(b"abcde") for _ in range(rng.randint(1, 6)))
        assert find_block(data, other) == data.find(other)


def test_block_near_the_end():
    data = b"x" * 300 + b"needle"
    assert find_block(data, b"needle") == 300
    assert find_block(data, b"dle") == 303


def test_matching_offsets_overlapping():
    assert matching_offsets(b"aaaa", b"aa") == [0, 1, 2]
    assert matching_offsets(b"zz, needle, zz, needle", b"needle") == [4, 16]
    assert matching_offsets(b"abc", b"") == []
