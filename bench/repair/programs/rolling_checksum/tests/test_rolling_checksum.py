from rolling_checksum import RollingChecksum, find_block, matching_offsets, weak_digest


def test_digest_of_small_block():
    # a = 97 + 98 + 99 + 100, b = 4*97 + 3*98 + 2*99 + 1*100
    assert weak_digest(b"abcd") == (980 << 16) | 394


def test_digest_of_empty_block():
    assert weak_digest(b"") == 0


def test_rolled_digest_equals_fresh_digest():
    data = b"hello rolling world"
    window = RollingChecksum(data[:5])
    for offset in range(1, len(data) - 4):
        window.roll(data[offset - 1], data[offset + 4])
        assert window.digest == weak_digest(data[offset:offset + 5])


def test_find_block_at_start():
    assert find_block(b"abcdef", b"abc") == 0


def test_find_block_in_the_middle():
    assert find_block(b"the quick brown fox", b"brown") == 10


def test_block_not_present():
    assert find_block(b"abcdef", b"xyz") == -1
    assert find_block(b"ab", b"abc") == -1


def test_matching_offsets():
    assert matching_offsets(b"abcabcab", b"abc") == [0, 3]
