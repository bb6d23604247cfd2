from point_in_polygon import lattice_counts, locate, on_segment

POLYGONS = {
    "ell": [(0, 0), (6, 0), (6, 3), (3, 3), (3, 6), (0, 6)],
    "comb": [(0, 0), (7, 0), (7, 5), (5, 5), (5, 2), (4, 2), (4, 5), (2, 5), (2, 2), (1, 2),
             (1, 5), (0, 5)],
    "stairs_clockwise": [(0, 0), (0, 6), (2, 6), (2, 4), (4, 4), (4, 2), (6, 2), (6, 0)],
    "arrow": [(0, 2), (4, -2), (4, 0), (9, 0), (9, 4), (4, 4), (4, 6)],
    "slanted": [(1, 0), (7, 3), (4, 9), (-2, 5)],
    "notch": [(0, 0), (8, 0), (8, 8), (5, 8), (5, 3), (3, 3), (3, 8), (0, 8)],
}


def _grid(polygon, margin=2):
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    for x in range(min(xs) - margin, max(xs) + margin + 1):
        for y in range(min(ys) - margin, max(ys) + margin + 1):
            yield x, y


def test_grid_scan_agrees_with_pick():
    for name, polygon in POLYGONS.items():
        seen = {"inside": 0, "boundary": 0, "outside": 0}
        for point in _grid(polygon):
            seen[locate(point, polygon)] += 1
        assert (seen["inside"], seen["boundary"]) == lattice_counts(polygon), name


def test_points_in_line_with_vertical_edges():
    ell = POLYGONS["ell"]
    assert locate((3, 2), ell) == "inside"
    assert locate((3, 7), ell) == "outside"
    assert locate((6, 4), ell) == "outside"
    assert locate((6, -1), ell) == "outside"
    notch = POLYGONS["notch"]
    assert locate((5, 1), notch) == "inside"
    assert locate((3, 2), notch) == "inside"
    assert locate((5, 9), notch) == "outside"


def test_on_segment_needs_both_ranges():
    assert on_segment((2, 2), (2, 0), (2, 5))
    assert not on_segment((2, 6), (2, 0), (2, 5))
    assert not on_segment((2, -1), (2, 5), (2, 0))
    assert on_segment((3, 2), (0, 0), (6, 4))
    assert not on_segment((9, 6), (0, 0), (6, 4))
    assert not on_segment((7, 1), (0, 1), (5, 1))
    assert on_segment((1, 1), (1, 1), (1, 1))


def test_orientation_does_not_matter():
    for polygon in POLYGONS.values():
        backwards = list(reversed(polygon))
        for point in _grid(polygon, margin=1):
            assert locate(point, polygon) == locate(point, backwards)


def test_triangle_lattice_counts():
    assert lattice_counts([(0, 0), (4, 0), (0, 4)]) == (3, 12)
    assert lattice_counts([(0, 0), (3, 1), (1, 3)]) == (3, 4)
