"""Two-colouring an undirected graph (bipartite check) with breadth-first search."""

from collections import deque


def two_colouring(node_count: int, edges: list[tuple[int, int]]) -> list[int] | None:
    """Colour 0 or 1 for every node so that each edge joins two colours, or None when the
    graph has an odd cycle. The lowest node of each connected component gets colour 0."""
    adjacent: list[list[int]] = [[] for _ in range(node_count)]
    for u, v in edges:
        adjacent[u].append(v)
        adjacent[v].append(u)
    colour = [-1] * node_count
    for start in range(node_count):
        if colour[start] != -1:
            continue
        colour[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for neighbour in adjacent[node]:
                if colour[neighbour] == -1:
                    colour[neighbour] = 1 - colour[start]
                    queue.append(neighbour)
                elif colour[neighbour] != colour[node]:
                    return None
    return colour


def is_bipartite(node_count: int, edges: list[tuple[int, int]]) -> bool:
    return two_colouring(node_count, edges) is not None


def partition(node_count: int, edges: list[tuple[int, int]]) -> tuple[list[int], list[int]] | None:
    """The two sides of a bipartite graph (the side holding node 0 first), or None."""
    colour = two_colouring(node_count, edges)
    if colour is None:
        return None
    left = [node for node in range(node_count) if colour[node] == 0]
    right = [node for node in range(node_count) if colour[node] == 1]
    return left, right
