import random
from itertools import permutations

from held_karp_tour import shortest_tour, tour_length


def brute_force(dist):
    n = len(dist)
    return min(tour_length(dist, [0, *order, 0]) for order in permutations(range(1, n)))


def check(dist):
    length, tour = shortest_tour(dist)
    n = len(dist)
    assert tour[0] == tour[-1] == 0
    assert sorted(tour[1:-1]) == list(range(1, n))
    assert length == brute_force(dist)
    assert tour_length(dist, tour) == length


def test_one_way_costs_differ():
    dist = [
        [0, 1, 10],
        [10, 0, 1],
        [1, 10, 0],
    ]
    assert shortest_tour(dist) == (3, [0, 1, 2, 0])


def test_two_cities_with_different_directions():
    assert shortest_tour([[0, 2], [9, 0]]) == (11, [0, 1, 0])


def test_random_asymmetric_matrices():
    rng = random.Random(17)
    for _ in range(60):
        n = rng.randint(2, 7)
        dist = [[0 if a == b else rng.randint(1, 30) for b in range(n)] for a in range(n)]
        check(dist)


def test_random_symmetric_matrices():
    rng = random.Random(4)
    for _ in range(30):
        n = rng.randint(3, 7)
        dist = [[0] * n for _ in range(n)]
        for a in range(n):
            for b in range(a + 1, n):
                dist[a][b] = dist[b][a] = rng.randint(1, 20)
        check(dist)


def test_return_leg_decides_the_tour():
    # cheap to leave 0 towards 3 but expensive to come back from 3
    dist = [
        [0, 5, 5, 1],
        [5, 0, 1, 5],
        [5, 1, 0, 5],
        [50, 5, 5, 0],
    ]
    length, tour = shortest_tour(dist)
    assert length == brute_force(dist) == 12
    assert tour == [0, 3, 1, 2, 0] or tour == [0, 3, 2, 1, 0]
    assert tour_length(dist, tour) == 12
