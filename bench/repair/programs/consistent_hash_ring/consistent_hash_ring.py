"""Consistent-hash ring with virtual nodes, for spreading cache keys over servers."""

import bisect
import hashlib
from collections.abc import Iterable


class HashRing:
    def __init__(self, nodes: Iterable[str] = (), replicas: int = 64) -> None:
        self.replicas = replicas
        self._points: list[int] = []
        self._owners: dict[int, str] = {}
        for node in nodes:
            self.add(node)

    @staticmethod
    def _hash(text: str) -> int:
        return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")

    def _node_points(self, node: str) -> list[int]:
        return [self._hash(f"{node}#{replica}") for replica in range(self.replicas)]

    @property
    def nodes(self) -> set[str]:
        return set(self._owners.values())

    def add(self, node: str) -> None:
        for point in self._node_points(node):
            if point not in self._owners:
                bisect.insort(self._points, point)
            self._owners[point] = node

    def remove(self, node: str) -> None:
        for point in self._node_points(node):
            if self._owners.get(point) == node:
                del self._owners[point]
                self._points.remove(point)

    def lookup(self, key: str) -> str:
        """The node owning `key`: the first point clockwise from the key's hash."""
        if not self._points:
            raise LookupError("hash ring is empty")
        index = bisect.bisect(self._points, self._hash(key)) % len(self._points)
        return self._owners[self._points[index]]

    def preference_list(self, key: str, count: int) -> list[str]:
        """Up to `count` distinct nodes for `key`, in clockwise order (for replication)."""
        if not self._points:
            return []
        start = bisect.bisect(self._points, self._hash(key))
        chosen: list[str] = []
        for step in range(count):
            node = self._owners[self._points[(start + step) % len(self._points)]]
            if node not in chosen:
                chosen.append(node)
                if len(chosen) == count:
                    break
        return chosen
