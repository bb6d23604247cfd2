import pytest

from bloom_filter_bytes import BloomFilter


def test_added_items_are_present():
    bf = BloomFilter(512, 3)
    words = ["alpha", "beta", "gamma", "delta"]
    for w in words:
        bf.add(w)
    assert all(w in bf for w in words)
    assert bf.count == 4


def test_empty_filter_holds_nothing():
    bf = BloomFilter(64, 2)
    assert "anything" not in bf
    assert bf.bits_set() == 0
    assert bf.false_positive_rate() == 0.0


def test_bits_set_bounded_by_hashes():
    bf = BloomFilter(1024, 4)
    bf.add("one")
    assert 1 <= bf.bits_set() <= 4


def test_union_holds_items_of_both():
    a = BloomFilter(256, 3)
    b = BloomFilter(256, 3)
    a.add("red")
    b.add("blue")
    merged = a.union(b)
    assert "red" in merged
    assert "blue" in merged


def test_union_rejects_different_shapes():
    with pytest.raises(ValueError):
        BloomFilter(256, 3).union(BloomFilter(128, 3))
