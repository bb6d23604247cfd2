import pytest

from bitset_rank_select import BitSet


def test_membership_and_len():
    s = BitSet([3, 5, 64])
    assert 5 in s and 64 in s
    assert 4 not in s and -1 not in s
    assert len(s) == 3


def test_iteration_is_sorted():
    assert list(BitSet([9, 0, 70, 2])) == [0, 2, 9, 70]


def test_discard():
    s = BitSet([1, 2, 3])
    s.discard(2)
    s.discard(40)
    assert list(s) == [1, 3]


def test_rank():
    s = BitSet([1, 4, 6, 10])
    assert s.rank(0) == 0
    assert s.rank(4) == 1
    assert s.rank(11) == 4


def test_select():
    s = BitSet([1, 4, 6, 10])
    assert [s.select(k) for k in range(4)] == [1, 4, 6, 10]
    with pytest.raises(IndexError):
        s.select(4)


def test_next_member():
    s = BitSet([4, 9])
    assert s.next_member(0) == 4
    assert s.next_member(5) == 9
    assert s.next_member(10) is None
