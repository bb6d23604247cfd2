"""Cheapest round trip through every city: Held-Karp dynamic programming over subsets."""

from math import inf

Matrix = list[list[float]]


def shortest_tour(dist: Matrix) -> tuple[float, list[int]]:
    """Length of the cheapest closed tour that starts at city 0, visits every other
    city exactly once and returns to 0, together with the tour (e.g. [0, 2, 1, 3, 0]).

    dist[a][b] is the cost of travelling from a to b; it need not equal dist[b][a].
    """
    n = len(dist)
    if n == 0:
        return 0.0, []
    if n == 1:
        return 0.0, [0, 0]
    full = (1 << n) - 1
    # cost[mask][last]: cheapest path from 0 through exactly the cities in mask, ending at last
    cost = [[inf] * n for _ in range(1 << n)]
    parent = [[-1] * n for _ in range(1 << n)]
    cost[1][0] = 0.0
    for mask in range(1, 1 << n):
        if not mask & 1:
            continue
        for last in range(n):
            here = cost[mask][last]
            if here == inf:
                continue
            for nxt in range(n):
                if mask & (1 << nxt):
                    continue
                grown = mask | (1 << nxt)
                candidate = here + dist[last][nxt]
                if candidate < cost[grown][nxt]:
                    cost[grown][nxt] = candidate
                    parent[grown][nxt] = last
    best, end = min((cost[full][last], last) for last in range(1, n))
    tour = [0]
    mask, city = full, end
    while city != 0:
        tour.append(city)
        mask, city = mask ^ (1 << city), parent[mask][city]
    tour.append(0)
    tour.reverse()
    return best, tour


def tour_length(dist: Matrix, tour: list[int]) -> float:
    """Total cost of following the tour leg by leg."""
    return sum(dist[a][b] for a, b in zip(tour, tour[1:]))
