"""Road distances from a depot: Dijkstra with a visited set, as a lazy generator."""

import heapq
import itertools
import math
from collections.abc import Iterator, Mapping

RoadMap = Mapping[str, Mapping[str, float]]


def settle(roads: RoadMap, depot: str) -> Iterator[tuple[str, float]]:
    """Yield (town, distance) in order of distance from the depot, each town once."""
    best = {depot: 0.0}
    visited: set[str] = set()
    frontier = [(0.0, depot)]
    while frontier:
        distance, town = heapq.heappop(frontier)
        if town in visited:
            continue
        visited.update(town)
        yield town, distance
        for neighbour, length in roads.get(town, {}).items():
            candidate = distance + length
            if neighbour not in visited and candidate < best.get(neighbour, math.inf):
                best[neighbour] = candidate
                heapq.heappush(frontier, (candidate, neighbour))


def distances(roads: RoadMap, depot: str) -> dict[str, float]:
    return dict(settle(roads, depot))


def nearest(roads: RoadMap, depot: str, count: int) -> list[str]:
    """The `count` closest towns, the depot itself included."""
    return [town for town, _ in itertools.islice(settle(roads, depot), count)]


def within(roads: RoadMap, depot: str, limit: float) -> list[str]:
    towns = []
    for town, distance in settle(roads, depot):
        if distance > limit:
            break
        towns.append(town)
    return towns
