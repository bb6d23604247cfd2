"""An unbalanced binary search tree of ints with floor and ceiling lookups."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass
class _Node:
    key: int
    left: _Node | None = None
    right: _Node | None = None


class SearchTree:
    def __init__(self, keys: Iterable[int] = ()) -> None:
        self.root: _Node | None = None
        self.size = 0
        for key in keys:
            self.insert(key)

    def insert(self, key: int) -> None:
        if self.root is None:
            self.root = _Node(key)
            self.size = 1
            return
        node = self.root
        while key != node.key:
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(key))
                self.size += 1
                return
            node = child

    def __contains__(self, key: int) -> bool:
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[int]:
        stack: list[_Node] = []
        node = self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def floor(self, key: int) -> int | None:
        """The largest stored key not above `key`, or None."""
        best = None
        node = self.root
        while node is not None:
            if node.key <= key:
                best = node.key
                node = node.right
            else:
                node = node.left
        return best

    def ceiling(self, key: int) -> int | None:
        """The smallest stored key not below `key`, or None."""
        best = None
        node = self.root
        while node is not None:
            if node.key > key:
                best = node.key
                node = node.left
            else:
                node = node.right
        return best
