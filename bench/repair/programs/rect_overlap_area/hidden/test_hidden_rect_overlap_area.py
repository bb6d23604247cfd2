import pytest

from rect_overlap_area import intersection, iou, overlap_area, overlapping_pairs


def test_apart_horizontally_only():
    assert overlap_area((0, 0, 2, 5), (4, 1, 6, 3)) == 0


def test_apart_vertically_only():
    assert overlap_area((0, 0, 5, 2), (1, 4, 3, 6)) == 0


def test_apart_diagonally():
    assert overlap_area((0, 0, 1, 1), (3, 3, 5, 5)) == 0
    assert overlap_area((10, 10, 12, 12), (0, 0, 1, 1)) == 0


def test_contained_rectangle():
    assert overlap_area((0, 0, 10, 10), (2, 3, 4, 7)) == 8
    assert intersection((2, 3, 4, 7), (0, 0, 10, 10)) == (2, 3, 4, 7)


def test_iou_of_disjoint_boxes_is_zero():
    assert iou((0, 0, 2, 2), (5, 5, 7, 7)) == 0.0
    assert iou((0, 0, 2, 2), (5, 0, 7, 2)) == 0.0
    assert iou((1, 1, 3, 2), (0, 4, 4, 6)) == 0.0
    assert iou((0, 10, 6, 12), (2, 0, 3, 1)) == 0.0


def test_overlapping_pairs_ignores_far_rectangles():
    rects = [(0, 0, 1, 1), (5, 5, 6, 6), (0.5, 0.5, 2, 2), (-3, -3, -2, -2)]
    assert overlapping_pairs(rects) == [(0, 2)]


def test_agrees_with_intersection():
    rects = [(0, 0, 3, 3), (2, 5, 4, 8), (-1, 2, 1, 9), (5, -2, 7, 1), (1, 1, 6, 6)]
    for a in rects:
        for b in rects:
            shared = intersection(a, b)
            expected = 0 if shared is None else (shared[2] - shared[0]) * (shared[3] - shared[1])
            assert overlap_area(a, b) == expected
