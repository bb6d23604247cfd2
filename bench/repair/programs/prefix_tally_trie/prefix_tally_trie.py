"""Trie of words where every node counts how many stored words pass through it."""


class _Node:
    __slots__ = ("children", "passing", "ending")

    def __init__(self):
        self.children = {}
        self.passing = 0  # stored words that go through this node
        self.ending = 0  # stored words that end exactly here


class PrefixTrie:
    def __init__(self, words=()):
        self._root = _Node()
        for word in words:
            self.add(word)

    def __len__(self):
        return self._root.passing

    def add(self, word):
        node = self._root
        node.passing += 1
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.passing += 1
        node.ending += 1

    def _find(self, prefix):
        node = self._root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def count(self, word):
        node = self._find(word)
        return node.ending if node else 0

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.passing if node else 0

    def remove(self, word):
        """Remove one occurrence of word; return False if it is not stored."""
        node = self._root
        node.passing -= 1
        for ch in word:
            child = node.children[ch]
            child.passing -= 1
            if child.passing == 0:
                del node.children[ch]
                return True
            node = child
        node.ending -= 1
        return True

    def words(self, prefix=""):
        """All stored words starting with prefix, in sorted order, with repeats."""
        start = self._find(prefix)
        found = []
        stack = [(start, prefix)] if start else []
        while stack:
            node, text = stack.pop()
            found.extend([text] * node.ending)
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        return sorted(found)
