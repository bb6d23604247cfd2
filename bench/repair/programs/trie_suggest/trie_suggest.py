"""Prefix trie behind the command palette's autocomplete."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    terminal: bool = False
    weight: int = 0


class Autocomplete:
    def __init__(self) -> None:
        self._root = _Node()
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.terminal

    def insert(self, word: str, weight: int = 1) -> None:
        """Add a word, or add weight to it (e.g. each time the user picks it)."""
        node = self._root
        for char in word:
            node = node.children.setdefault(char, _Node())
        if not node.terminal:
            node.terminal = True
            self._size += 1
        node.weight += weight

    def _find(self, prefix: str) -> _Node | None:
        node = self._root
        for char in prefix:
            child = node.children.get(char)
            if child is None:
                return None
            node = child
        return node

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        """Up to `limit` words starting with prefix: heaviest first, ties alphabetically."""
        start = self._find(prefix)
        if start is None:
            return []
        found: list[tuple[int, str]] = []
        stack = [(start, prefix)]
        while stack:
            node, word = stack.pop()
            if node.terminal:
                found.append((-node.weight, word))
            for char, child in node.children.items():
                stack.append((child, word + char))
        return [word for _, word in found[:limit]]
