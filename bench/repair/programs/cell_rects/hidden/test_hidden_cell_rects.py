import random

from cell_rects import CellRect, covered_area, overlap_area


def _cells(rect):
    return {(x, y) for x in range(rect.x1, rect.x2 + 1) for y in range(rect.y1, rect.y2 + 1)}


def test_single_rectangle_covers_its_area():
    for rect in [CellRect(1, 1, 3, 2), CellRect(-2, 5, -2, 9), CellRect(7, 7, 7, 7)]:
        assert covered_area([rect]) == rect.area()


def test_nested_rectangle_adds_nothing():
    outer = CellRect(0, 0, 9, 9)
    assert covered_area([outer, CellRect(3, 3, 5, 5)]) == 100


def test_side_by_side_columns():
    assert covered_area([CellRect(0, 0, 0, 4), CellRect(1, 0, 1, 4)]) == 10
    assert covered_area([CellRect(0, 0, 0, 4), CellRect(2, 0, 2, 4)]) == 10


def test_touching_edges_share_a_row():
    a, b = CellRect(0, 0, 4, 2), CellRect(0, 2, 4, 4)
    assert overlap_area(a, b) == 5
    assert covered_area([a, b]) == 25


def test_random_against_cell_sets():
    rng = random.Random(7)
    for _ in range(200):
        rects = []
        for _ in range(rng.randint(1, 4)):
            x1, y1 = rng.randint(-4, 4), rng.randint(-4, 4)
            rects.append(CellRect(x1, y1, x1 + rng.randint(0, 4), y1 + rng.randint(0, 4)))
        union = set().union(*(_cells(r) for r in rects))
        assert covered_area(rects) == len(union)
        assert overlap_area(rects[0], rects[-1]) == len(_cells(rects[0]) & _cells(rects[-1]))
