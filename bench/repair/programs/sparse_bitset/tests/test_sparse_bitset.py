import pytest

from sparse_bitset import BitSet


def test_add_and_contains():
    bits = BitSet(100, [3, 64, 99])
    assert 3 in bits and 64 in bits and 99 in bits
    assert 4 not in bits
    assert 100 not in bits


def test_out_of_range_rejected():
    bits = BitSet(10)
    with pytest.raises(ValueError):
        bits.add(10)


def test_len_and_iteration_sorted():
    bits = BitSet(200, [150, 2, 70, 2])
    assert len(bits) == 3
    assert list(bits) == [2, 70, 150]


def test_discard():
    bits = BitSet(20, [1, 5, 9])
    bits.discard(5)
    bits.discard(6)
    assert list(bits) == [1, 9]


def test_max_of_permission_flags():
    assert BitSet(16, [1, 5, 9]).max() == 9


def test_max_in_a_later_word():
    assert BitSet(256, [10, 130, 200]).max() == 200


def test_union_and_intersection():
    a = BitSet(100, [1, 2, 80])
    b = BitSet(50, [2, 3])
    assert list(a | b) == [1, 2, 3, 80]
    assert list(a & b) == [2]
