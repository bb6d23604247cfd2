from rect_bounds import Rect, bounding_box, overlap_area, union_bounds


def test_bounding_box_of_points():
    assert bounding_box([(1, 5), (4, 2), (3, 8)]) == Rect(1, 2, 4, 8)


def test_bounding_box_of_nothing():
    assert bounding_box([]) is None


def test_bounding_box_left_of_and_below_origin():
    assert bounding_box([(-4, -1), (-2, -6), (-7, -3)]) == Rect(-7, -6, -2, -1)


def test_intersection_of_overlapping_rects():
    assert Rect(0, 0, 4, 3).intersection(Rect(2, 1, 6, 5)) == Rect(2, 1, 4, 3)
    assert overlap_area(Rect(0, 0, 4, 3), Rect(2, 1, 6, 5)) == 4


def test_disjoint_rects_do_not_intersect():
    assert Rect(0, 0, 1, 1).intersection(Rect(2, 2, 3, 3)) is None


def test_contains_includes_edges():
    rect = Rect(0, 0, 2, 2)
    assert rect.contains((2, 1))
    assert not rect.contains((2.5, 1))


def test_union_bounds():
    assert union_bounds([Rect(0, 0, 2, 1), Rect(1, 3, 5, 4)]) == Rect(0, 0, 5, 4)
