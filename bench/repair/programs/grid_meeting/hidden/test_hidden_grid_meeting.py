import itertools
import random

from grid_meeting import manhattan, meeting_point, ring, total_distance


def test_meeting_point_ignores_input_order():
    points = [(3, 8), (1, 1), (7, 4), (2, 9), (5, 0)]
    for order in itertools.permutations(points):
        assert meeting_point(list(order)) == (3, 4)


def test_meeting_point_on_a_column():
    assert meeting_point([(2, 9), (2, 1), (2, 5)]) == (2, 5)


def test_single_point_meets_at_itself():
    assert meeting_point([(-3, 7)]) == (-3, 7)


def test_random_total_distance_is_minimal():
    rng = random.Random(11)
    for _ in range(150):
        points = [(rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(rng.randint(1, 7))]
        best = min(total_distance(points, (x, y)) for x in range(-6, 7) for y in range(-6, 7))
        assert total_distance(points, meeting_point(points)) == best


def test_odd_count_is_the_exact_median():
    rng = random.Random(3)
    for _ in range(100):
        points = [(rng.randint(0, 20), rng.randint(0, 20)) for _ in range(5)]
        xs = sorted(p[0] for p in points)
        ys = sorted(p[1] for p in points)
        assert meeting_point(points) == (xs[2], ys[2])


def test_ring_sizes_and_distances():
    for radius in range(5):
        cells = list(ring((2, -1), radius))
        assert len(set(cells)) == len(cells) == max(1, 4 * radius)
        assert all(manhattan(cell, (2, -1)) == radius for cell in cells)
