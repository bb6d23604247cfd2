import random

from bitset_rank_select import BitSet


def test_rank_matches_reference():
    rng = random.Random(7)
    members = set(rng.sample(range(200), 60))
    s = BitSet(members)
    for i in range(-3, 210):
        assert s.rank(i) == sum(1 for m in members if m < i)


def test_rank_of_member_is_its_index():
    s = BitSet([0, 2, 3, 31, 32, 33, 100])
    for k, m in enumerate(s):
        assert s.rank(m) == k
        assert s.select(s.rank(m)) == m


def test_rank_at_present_and_absent():
    s = BitSet([5])
    assert s.rank(5) == 0
    assert s.rank(6) == 1
    assert BitSet([0]).rank(1) == 1
    assert BitSet([0]).rank(0) == 0


def test_set_algebra():
    a = BitSet([1, 2, 3, 80])
    b = BitSet([3, 4, 80])
    assert list(a | b) == [1, 2, 3, 4, 80]
    assert list(a & b) == [3, 80]


def test_empty_set():
    s = BitSet()
    assert len(s) == 0
    assert s.rank(10) == 0
    assert s.next_member(0) is None
