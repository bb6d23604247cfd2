import pytest

from rect_overlap_area import intersection, iou, overlap_area, overlapping_pairs


def test_partial_overlap():
    assert overlap_area((0, 0, 4, 4), (2, 2, 6, 6)) == 4
    assert intersection((0, 0, 4, 4), (2, 2, 6, 6)) == (2, 2, 4, 4)


def test_corners_given_in_any_order():
    assert overlap_area((4, 4, 0, 0), (6, 2, 2, 6)) == 4


def test_touching_edges_share_no_area():
    assert overlap_area((0, 0, 2, 2), (2, 0, 4, 2)) == 0
    assert intersection((0, 0, 2, 2), (2, 0, 4, 2)) is None


def test_iou():
    assert iou((0, 0, 2, 2), (1, 0, 3, 2)) == pytest.approx(2 / 6)
    assert iou((0, 0, 1, 1), (0, 0, 1, 1)) == 1.0


def test_iou_of_stacked_boxes_is_zero():
    assert iou((0, 0, 2, 2), (0, 3, 2, 5)) == 0.0


def test_overlapping_pairs_on_a_floor_plan():
    rooms = [(0, 0, 5, 4), (4, 3, 8, 8), (6, 0, 9, 2), (0, 6, 3, 9)]
    assert overlapping_pairs(rooms) == [(0, 1)]
