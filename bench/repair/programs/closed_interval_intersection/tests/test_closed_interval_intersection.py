from closed_interval_intersection import intersect, overlap_length


def test_simple_overlap():
    assert intersect([(1, 5)], [(3, 8)]) == [(3, 5)]


def test_disjoint():
    assert intersect([(0, 1)], [(2, 3)]) == []


def test_several():
    a = [(0, 2), (5, 10), (13, 23), (24, 25)]
    b = [(1, 5), (8, 12), (15, 24), (25, 26)]
    assert intersect(a, b) == [(1, 2), (5, 5), (8, 10), (15, 23), (24, 24), (25, 25)]


def test_overlap_length():
    assert overlap_length([(0, 10)], [(2, 4), (6, 9)]) == 5


def test_empty_side():
    assert intersect([], [(1, 2)]) == []
