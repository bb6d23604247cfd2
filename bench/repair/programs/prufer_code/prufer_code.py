"""Prüfer sequences: a labelled tree on nodes 0..n-1 as n - 2 numbers, and back."""

import heapq
from collections.abc import Iterable, Sequence

Edge = tuple[int, int]


def encode(n: int, edges: Iterable[Edge]) -> list[int]:
    """Repeatedly remove the smallest leaf and record its neighbour."""
    neighbours: list[set[int]] = [set() for _ in range(n)]
    count = 0
    for u, v in edges:
        neighbours[u].add(v)
        neighbours[v].add(u)
        count += 1
    if n < 2 or count != n - 1:
        raise ValueError(f"a tree on {n} nodes needs {n - 1} edges and at least 2 nodes")
    leaves = [node for node in range(n) if len(neighbours[node]) == 1]
    heapq.heapify(leaves)
    code = []
    for _ in range(n - 1):
        leaf = heapq.heappop(leaves)
        (parent,) = neighbours[leaf]
        code.append(parent)
        neighbours[parent].discard(leaf)
        if len(neighbours[parent]) == 1:
            heapq.heappush(leaves, parent)
    return code


def decode(code: Sequence[int]) -> list[Edge]:
    """Edges (smaller node first) of the tree on len(code) + 2 nodes, in the order
    the encoder removed them."""
    n = len(code) + 2
    if any(not 0 <= node < n for node in code):
        raise ValueError(f"Prüfer code for {n} nodes may only hold 0..{n - 1}")
    degree = [1] * n
    for node in code:
        degree[node] += 1
    leaves = [node for node in range(n) if degree[node] == 1]
    heapq.heapify(leaves)
    edges = []
    for node in code:
        leaf = heapq.heappop(leaves)
        edges.append((min(leaf, node), max(leaf, node)))
        degree[node] -= 1
        if degree[node] == 1:
            heapq.heappush(leaves, node)
    last, other = heapq.heappop(leaves), heapq.heappop(leaves)
    edges.append((min(last, other), max(last, other)))
    return edges
