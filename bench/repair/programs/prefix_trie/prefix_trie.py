"""A prefix tree (trie) for command and identifier autocompletion."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    terminal: bool = False
    below: int = 0  # words that end at this node or under it


class PrefixTrie:
    def __init__(self, words: Iterable[str] = ()) -> None:
        self._root = _Node()
        for word in words:
            self.insert(word)

    def insert(self, word: str) -> bool:
        """Add word; returns False when it was already present."""
        if word in self:
            return False
        node = self._root
        node.below += 1
        for char in word:
            node = node.children.setdefault(char, _Node())
            node.below += 1
        node.terminal = True
        return True

    def _find(self, prefix: str) -> _Node | None:
        node = self._root
        for char in prefix:
            child = node.children.get(char)
            if child is None:
                return None
            node = child
        return node

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        node = self._find(word)
        return node is not None and node.terminal

    def __len__(self) -> int:
        return self._root.below

    def count_prefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return 0 if node is None else node.below

    def complete(self, prefix: str, limit: int | None = None) -> list[str]:
        """Stored words starting with prefix, alphabetically, at most limit of them."""
        start = self._find(prefix)
        if start is None:
            return []
        found: list[str] = []
        stack = [(start, prefix)]
        while stack:
            node, path = stack.pop()
            if node.terminal:
                found.append(path)
            for char, child in node.children.items():
                stack.append((child, prefix + char))
        found.sort()
        return found if limit is None else found[:limit]
