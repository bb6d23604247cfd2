import pytest

from word_bitset import BitSet


def test_add_contains_discard():
    bits = BitSet(100)
    for i in (0, 63, 64, 99):
        bits.add(i)
    assert 63 in bits and 64 in bits and 99 in bits
    assert 1 not in bits
    bits.discard(63)
    bits.discard(62)
    assert 63 not in bits and 62 not in bits and 64 in bits
    assert len(bits) == 3


def test_out_of_range():
    bits = BitSet(10)
    with pytest.raises(IndexError):
        bits.add(10)
    assert 10 not in bits and -1 not in bits


def test_iterates_members_in_order():
    bits = BitSet(130, [129, 0, 64, 5])
    assert list(bits) == [0, 5, 64, 129]


def test_set_operations():
    a = BitSet(80, [1, 2, 70])
    b = BitSet(80, [2, 3, 70])
    assert a.union(b) == BitSet(80, [1, 2, 3, 70])
    assert a.intersection(b) == BitSet(80, [2, 70])
    assert a.difference(b) == BitSet(80, [1])
    with pytest.raises(ValueError):
        a.union(BitSet(81))
