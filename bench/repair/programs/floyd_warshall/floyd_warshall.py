"""All-pairs shortest paths (Floyd-Warshall) with route reconstruction."""

import math

Edge = tuple[int, int, float]


class AllPairs:
    """Shortest distances and routes between every pair of nodes 0..size-1."""

    def __init__(self, size: int, edges: list[Edge]) -> None:
        self.size = size
        self.dist = [[math.inf] * size for _ in range(size)]
        self.next_hop: list[list[int | None]] = [[None] * size for _ in range(size)]
        for node in range(size):
            self.dist[node][node] = 0
            self.next_hop[node][node] = node
        for u, v, weight in edges:
            if weight < self.dist[u][v]:
                self.dist[u][v] = weight
                self.next_hop[u][v] = v
        for k in range(size):
            for i in range(size):
                for j in range(size):
                    through = self.dist[i][k] + self.dist[k][j]
                    if through < self.dist[i][j]:
                        self.dist[i][j] = through

    def distance(self, u: int, v: int) -> float:
        return self.dist[u][v]

    def route(self, u: int, v: int) -> list[int]:
        """Nodes of one shortest route from u to v, both included; [] if v is unreachable."""
        if self.next_hop[u][v] is None:
            return []
        path = [u]
        while u != v:
            hop = self.next_hop[u][v]
            assert hop is not None
            u = hop
            path.append(u)
        return path

    def has_negative_cycle(self) -> bool:
        return any(self.dist[node][node] < 0 for node in range(self.size))
