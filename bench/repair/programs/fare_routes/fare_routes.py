"""Cheapest route through a fare network (Dijkstra). Transfers between lines may be free."""

import heapq
import math
from collections.abc import Iterable

Graph = dict[str, list[tuple[str, int]]]


def build_network(legs: Iterable[tuple[str, str, int]]) -> Graph:
    """Directed legs (from, to, fare)."""
    graph: Graph = {}
    for origin, destination, fare in legs:
        if fare <= 0:
            raise ValueError(f"negative fare on {origin} -> {destination}")
        graph.setdefault(origin, []).append((destination, fare))
        graph.setdefault(destination, [])
    return graph


def cheapest_route(graph: Graph, start: str, goal: str) -> tuple[int, list[str]] | None:
    """Total fare and the stops of the cheapest route, or None when goal is unreachable."""
    best: dict[str, float] = {start: 0}
    previous: dict[str, str] = {}
    heap: list[tuple[float, str]] = [(0, start)]
    while heap:
        cost, stop = heapq.heappop(heap)
        if stop == goal:
            break
        if cost > best[stop]:
            continue
        for following, fare in graph.get(stop, []):
            new_cost = cost + fare
            if new_cost < best.get(following, math.inf):
                best[following] = new_cost
                previous[following] = stop
                heapq.heappush(heap, (new_cost, following))
    if goal not in best:
        return None
    path = [goal]
    while path[-1] != goal:
        path.append(previous[path[-1]])
    return int(best[goal]), path[::-1]
