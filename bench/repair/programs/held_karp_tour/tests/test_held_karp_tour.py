from itertools import permutations

from held_karp_tour import shortest_tour, tour_length

SQUARE = [
    [0, 1, 1.5, 1],
    [1, 0, 1, 1.5],
    [1.5, 1, 0, 1],
    [1, 1.5, 1, 0],
]

FIVE = [
    [0, 3, 4, 2, 7],
    [3, 0, 4, 6, 3],
    [4, 4, 0, 5, 8],
    [2, 6, 5, 0, 6],
    [7, 3, 8, 6, 0],
]


def brute_force(dist):
    n = len(dist)
    return min(tour_length(dist, [0, *order, 0]) for order in permutations(range(1, n)))


def test_no_cities_and_one_city():
    assert shortest_tour([]) == (0.0, [])
    assert shortest_tour([[0]]) == (0.0, [0, 0])


def test_two_cities_go_there_and_back():
    assert shortest_tour([[0, 5], [5, 0]]) == (10, [0, 1, 0])


def test_square_goes_around_the_edges():
    length, tour = shortest_tour(SQUARE)
    assert length == 4
    assert tour in ([0, 1, 2, 3, 0], [0, 3, 2, 1, 0])


def test_tour_visits_every_city_once():
    _, tour = shortest_tour(FIVE)
    assert tour[0] == tour[-1] == 0
    assert sorted(tour[1:-1]) == [1, 2, 3, 4]


def test_matches_brute_force():
    length, tour = shortest_tour(FIVE)
    assert length == brute_force(FIVE)
    assert tour_length(FIVE, tour) == length
