"""Minimum spanning forest with Kruskal's algorithm over a union-find."""


class DisjointSet:
    """Union-find with union by size and path compression."""

    def __init__(self, items):
        self.parent = {item: item for item in items}
        self.size = {item: 1 for item in self.parent}
        self.count = len(self.parent)

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        """Merge the sets holding ``a`` and ``b``; False if already the same set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[b] = ra
        self.size[ra] += self.size[rb]
        return True


def spanning_forest(nodes, edges):
    """Return (total_weight, chosen_edges, tree_count).

    ``edges`` are undirected (u, v, weight) triples. Chosen edges keep their
    input form and come out by increasing weight (ties in input order).
    ``tree_count`` is the number of trees in the forest, isolated nodes included.
    """
    sets = DisjointSet(nodes)
    chosen = []
    total = 0
    for u, v, weight in sorted(edges, key=lambda edge: edge[2]):
        if sets.union(u, v):
            chosen.append((u, v, weight))
            total += weight
    return total, chosen, sets.count


def is_connected(nodes, edges):
    nodes = list(nodes)
    return spanning_forest(nodes, edges)[2] <= 1
