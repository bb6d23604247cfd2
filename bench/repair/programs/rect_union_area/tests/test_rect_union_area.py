from fractions import Fraction

from rect_union_area import covered_length, union_area, uncovered_area


def test_covered_length_of_overlapping_spans():
    assert covered_length([(0, 3), (2, 5), (7, 8)]) == 6
    assert covered_length([]) == 0


def test_disjoint_rectangles_add_up():
    assert union_area([(0, 0, 2, 3), (5, 5, 6, 6)]) == 7


def test_overlap_is_counted_once():
    assert union_area([(0, 0, 4, 4), (2, 2, 6, 6)]) == 28


def test_rectangle_inside_another():
    assert union_area([(0, 0, 10, 10), (3, 2, 5, 4)]) == 100


def test_corners_in_any_order_and_fractions():
    half = Fraction(1, 2)
    assert union_area([(2, 2, 0, 0), (half, half, Fraction(5, 2), 1)]) == Fraction(17, 4)


def test_uncovered_part_of_a_window():
    assert uncovered_area([(1, 1, 3, 3), (-5, -5, 1, 10)], (0, 0, 4, 4)) == 8
