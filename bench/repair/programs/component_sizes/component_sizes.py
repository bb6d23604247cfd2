"""Connected components of a graph that grows one edge at a time (union by size)."""

from collections.abc import Hashable, Iterable


class Components:
    def __init__(self, nodes: Iterable[Hashable] = ()) -> None:
        self._parent: dict[Hashable, Hashable] = {}
        self._size: dict[Hashable, int] = {}
        self.count = 0
        for node in nodes:
            self.add(node)

    def add(self, node: Hashable) -> None:
        if node not in self._parent:
            self._parent[node] = node
            self._size[node] = 0
            self.count += 1

    def find(self, node: Hashable) -> Hashable:
        self.add(node)
        root = node
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[node] != root:
            self._parent[node], node = root, self._parent[node]
        return root

    def union(self, a: Hashable, b: Hashable) -> bool:
        """Connect a and b; False if they were already in the same component."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        if self._size[root_a] < self._size[root_b]:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._size[root_a] += self._size[root_b]
        self.count -= 1
        return True

    def connected(self, a: Hashable, b: Hashable) -> bool:
        return self.find(a) == self.find(b)

    def size_of(self, node: Hashable) -> int:
        return self._size[self.find(node)]

    def largest(self) -> int:
        roots = {self.find(node) for node in list(self._parent)}
        return max((self._size[root] for root in roots), default=0)


def from_edges(edges: Iterable[tuple[Hashable, Hashable]]) -> Components:
    components = Components()
    for a, b in edges:
        components.union(a, b)
    return components
