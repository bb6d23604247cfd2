import random
from fractions import Fraction

from rect_union_area import clip, covered_length, union_area, uncovered_area


def _cells(rects):
    """Unit cells covered, for integer rectangles."""
    cells = set()
    for x1, y1, x2, y2 in rects:
        for x in range(min(x1, x2), max(x1, x2)):
            for y in range(min(y1, y2), max(y1, y2)):
                cells.add((x, y))
    return cells


def test_nested_spans():
    assert covered_length([(0, 10), (2, 3), (4, 5)]) == 10
    assert covered_length([(0, 10), (2, 3), (9, 12)]) == 12
    assert covered_length([(1, 2), (1, 6), (3, 4), (7, 9)]) == 7
    assert covered_length([(0, 1), (1, 2)]) == 2


def test_against_unit_cells():
    rng = random.Random(1717)
    for _ in range(300):
        rects = []
        for _ in range(rng.randint(1, 6)):
            x1, x2 = rng.randint(0, 12), rng.randint(0, 12)
            y1, y2 = rng.randint(0, 12), rng.randint(0, 12)
            rects.append((x1, y1, x2, y2))
        assert union_area(rects) == len(_cells(rects)), rects


def test_cross_shape_and_stack():
    assert union_area([(0, 2, 6, 4), (2, 0, 4, 6)]) == 20
    assert union_area([(0, 0, 8, 1), (1, 0, 2, 8), (0, 0, 8, 8), (3, 3, 4, 4)]) == 64
    assert union_area([(0, 0, 4, 6), (1, 1, 2, 2), (1, 4, 3, 5), (0, 0, 1, 9)]) == 27


def test_fraction_scaling_matches_integers():
    rng = random.Random(4)
    third = Fraction(1, 3)
    for _ in range(60):
        rects = [tuple(rng.randint(0, 9) for _ in range(4)) for _ in range(rng.randint(1, 5))]
        scaled = [tuple(value * third for value in rect) for rect in rects]
        assert union_area(scaled) == Fraction(union_area(rects), 9)


def test_uncovered_with_nested_rectangles():
    window = (0, 0, 10, 10)
    assert uncovered_area([(0, 0, 10, 5), (2, 1, 3, 2), (4, 0, 6, 3)], window) == 50
    assert uncovered_area([(2, 2, 8, 8), (3, 3, 4, 4), (12, 12, 20, 20)], window) == 64
    assert uncovered_area([], window) == 100


def test_clip_and_degenerate():
    assert clip((5, 5, -5, -5), (0, 0, 3, 3)) == (0, 0, 3, 3)
    assert clip((3, 0, 6, 3), (0, 0, 3, 3)) is None
    assert union_area([]) == 0
    assert union_area([(1, 1, 1, 5), (0, 0, 2, 2)]) == 4
