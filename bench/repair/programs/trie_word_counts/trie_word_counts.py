"""Prefix trie that keeps how often each word was added (for autocomplete ranking)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TrieNode:
    children: dict[str, TrieNode] = field(default_factory=dict)
    word_count: int = 0
    prefix_count: int = 0


class WordTrie:
    def __init__(self) -> None:
        self.root = TrieNode()
        self.total = 0

    def add(self, word: str, times: int = 1) -> None:
        node = self.root
        node.prefix_count += times
        for char in word:
            node = node.children.setdefault(char, TrieNode())
            node.prefix_count += times
        node.word_count += times
        self.total += times

    def _find(self, prefix: str) -> TrieNode | None:
        node = self.root
        for char in prefix:
            child = node.children.get(char)
            if child is None:
                return None
            node = child
        return node

    def count(self, word: str) -> int:
        node = self._find(word)
        return node.word_count if node else 0

    def count_prefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return node.prefix_count if node else 0

    def remove(self, word: str) -> bool:
        """Remove one occurrence of word; False if it was not there."""
        target = self._find(word)
        if target is None or target.word_count == 0:
            return False
        node = self.root
        node.prefix_count -= 1
        for char in word:
            node = node.children[char]
            node.prefix_count -= 1
        node.word_count -= 1
        self.total -= 1
        return True

    def most_common(self, prefix: str = "", limit: int = 3) -> list[tuple[str, int]]:
        """Words starting with prefix, most frequent first, ties alphabetical."""
        start = self._find(prefix)
        if start is None:
            return []
        found: list[tuple[str, int]] = []
        stack = [(start, prefix)]
        while stack:
            node, spelled = stack.pop()
            if node.word_count:
                found.append((spelled, node.word_count))
            for char, child in node.children.items():
                stack.append((child, prefix + char))
        found.sort(key=lambda item: (-item[1], item[0]))
        return found[:limit]
