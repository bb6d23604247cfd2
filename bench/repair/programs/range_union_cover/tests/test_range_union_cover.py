from range_union_cover import RangeUnion


def test_overlapping_ranges_merge():
    ru = RangeUnion([(1, 5), (3, 8)])
    assert ru.ranges() == [(1, 8)]
    assert len(ru) == 7


def test_disjoint_ranges_stay_sorted():
    ru = RangeUnion([(20, 25), (1, 3), (10, 12)])
    assert ru.ranges() == [(1, 3), (10, 12), (20, 25)]


def test_adjacent_ranges_coalesce():
    ru = RangeUnion()
    ru.add(0, 10)
    ru.add(10, 20)
    assert ru.ranges() == [(0, 20)]


def test_membership():
    ru = RangeUnion([(1, 3), (10, 12)])
    assert 1 in ru and 2 in ru and 11 in ru
    assert 3 not in ru and 0 not in ru and 12 not in ru


def test_remove_splits_range():
    ru = RangeUnion([(0, 10)])
    ru.remove(3, 5)
    assert ru.ranges() == [(0, 3), (5, 10)]
    assert len(ru) == 8


def test_gaps():
    ru = RangeUnion([(2, 4), (6, 9)])
    assert ru.gaps(0, 10) == [(0, 2), (4, 6), (9, 10)]
    assert ru.gaps(3, 7) == [(4, 6)]
