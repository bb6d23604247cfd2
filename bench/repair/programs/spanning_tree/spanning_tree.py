"""Minimum spanning tree of a weighted undirected graph (Prim's algorithm)."""

import math
from collections import defaultdict

Edge = tuple[int, int, float]


class WeightedGraph:
    def __init__(self, node_count: int) -> None:
        self.node_count = node_count
        self._adjacent: dict[int, list[tuple[int, float]]] = defaultdict(list)

    def add_edge(self, u: int, v: int, weight: float) -> None:
        self._adjacent[u].append((v, weight))
        self._adjacent[v].append((u, weight))

    def neighbours(self, node: int) -> list[tuple[int, float]]:
        return self._adjacent[node]

    def spanning_tree(self, root: int = 0) -> list[Edge]:
        """Edges (parent, child, weight) of a minimum spanning tree, in the order the
        children join the tree. Raises ValueError if the graph is not connected."""
        best = [math.inf] * self.node_count
        parent = [0] * self.node_count
        in_tree = [False] * self.node_count
        best[root] = 0.0
        edges: list[Edge] = []
        for _ in range(self.node_count):
            outside = (n for n in range(self.node_count) if not in_tree[n])
            node = min(outside, key=lambda n: best[n])
            if best[node] == math.inf:
                raise ValueError("graph is not connected")
            in_tree[node] = True
            if parent[node] != -1:
                edges.append((parent[node], node, best[node]))
            for neighbour, weight in self.neighbours(node):
                if not in_tree[neighbour] and weight < best[neighbour]:
                    best[neighbour] = weight
                    parent[neighbour] = node
        return edges

    def total_weight(self, root: int = 0) -> float:
        return sum(weight for _, _, weight in self.spanning_tree(root))
