"""Disjoint-set forest with path compression and union by size, over hashable items."""

from collections.abc import Hashable, Iterable


class DisjointSet:
    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self._parent: dict[Hashable, Hashable] = {}
        self._size: dict[Hashable, int] = {}
        self.count = 0
        for item in items:
            self.add(item)

    def add(self, item: Hashable) -> None:
        if item not in self._parent:
            self._parent[item] = item
            self._size[item] = 1
            self.count += 1

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        parent = self._parent[item]
        if parent != item:
            parent = self._parent[item] = self.find(parent)
        return parent

    def union(self, a: Hashable, b: Hashable) -> bool:
        """Merge the sets of a and b; False if they were already together."""
        root_a = self.find(a)
        root_b = b
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

    def size_of(self, item: Hashable) -> int:
        return self._size[self.find(item)]

    def groups(self) -> list[set[Hashable]]:
        by_root: dict[Hashable, set[Hashable]] = {}
        for item in list(self._parent):
            by_root.setdefault(self.find(item), set()).add(item)
        return list(by_root.values())
