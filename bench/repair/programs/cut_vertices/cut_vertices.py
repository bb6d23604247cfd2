"""Articulation points (cut vertices) of an undirected graph, Tarjan's low-link method."""

from collections.abc import Iterable


def build_adjacency(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        if u != v:
            adjacency[u].append(v)
            adjacency[v].append(u)
    return adjacency


def articulation_points(n: int, edges: Iterable[tuple[int, int]]) -> set[int]:
    """Vertices whose removal splits their connected component into more pieces."""
    adjacency = build_adjacency(n, edges)
    discovered = [-1] * n
    low = [0] * n
    points: set[int] = set()
    clock = 0

    def visit(vertex: int, parent: int | None) -> None:
        nonlocal clock
        discovered[vertex] = low[vertex] = clock
        clock += 1
        is_root = parent is None
        children = 0
        for neighbor in adjacency[vertex]:
            if discovered[neighbor] == -1:
                children += 1
                visit(neighbor, vertex)
                low[vertex] = min(low[vertex], low[neighbor])
                if is_root and low[neighbor] >= discovered[vertex]:
                    points.add(vertex)
            elif neighbor != parent:
                low[vertex] = min(low[vertex], discovered[neighbor])
        if is_root and children > 1:
            points.add(vertex)

    for vertex in range(n):
        if discovered[vertex] == -1:
            visit(vertex, None)
    return points


def is_biconnected(n: int, edges: Iterable[tuple[int, int]]) -> bool:
    """Connected, and stays connected after removing any single vertex."""
    edges = list(edges)
    adjacency = build_adjacency(n, edges)
    seen = {0} if n else set()
    stack = list(seen)
    while stack:
        for neighbor in adjacency[stack.pop()]:
            if neighbor not in seen:
                seen.add(neighbor)
                stack.append(neighbor)
    return len(seen) == n and not articulation_points(n, edges)
