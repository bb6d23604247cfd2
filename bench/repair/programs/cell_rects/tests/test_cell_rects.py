from cell_rects import CellRect, covered_area, overlap_area


def test_area_counts_cells():
    assert CellRect(0, 0, 2, 1).area() == 6
    assert CellRect(4, 4, 4, 4).area() == 1


def test_contains_includes_the_border():
    rect = CellRect(1, 1, 3, 3)
    assert rect.contains(1, 3)
    assert rect.contains(3, 1)
    assert not rect.contains(4, 2)


def test_overlap_of_shifted_squares():
    assert overlap_area(CellRect(0, 0, 3, 3), CellRect(2, 2, 5, 5)) == 4


def test_disjoint_rectangles_do_not_overlap():
    assert overlap_area(CellRect(0, 0, 1, 1), CellRect(2, 0, 3, 1)) == 0
    assert CellRect(0, 0, 1, 1).intersection(CellRect(5, 5, 6, 6)) is None


def test_covered_area_of_nothing():
    assert covered_area([]) == 0


def test_covered_area_counts_shared_cells_once():
    assert covered_area([CellRect(0, 0, 3, 3), CellRect(2, 2, 5, 5)]) == 28
