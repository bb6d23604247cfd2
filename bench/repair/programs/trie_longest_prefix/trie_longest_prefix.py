"""Longest-prefix match table (URL routes, phone prefixes) on a character trie."""


class _Node:
    __slots__ = ("children", "value", "terminal")

    def __init__(self):
        self.children = {}
        self.value = None
        self.terminal = False


class PrefixTable:
    def __init__(self):
        self._root = _Node()
        self._size = 0

    def __len__(self):
        return self._size

    def insert(self, prefix, value):
        node = self._root
        for ch in prefix:
            node = node.children.setdefault(ch, _Node())
        if not node.terminal:
            self._size += 1
        node.terminal = True
        node.value = value

    def remove(self, prefix):
        """Forget an exact prefix; returns True if it was stored."""
        node = self._root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return False
        if not node.terminal:
            return False
        node.terminal = False
        node.value = None
        self._size -= 1
        return True

    def longest_match(self, text):
        """(prefix, value) for the longest stored prefix of text, or None."""
        node = self._root
        best = ("", node.value) if node.terminal else None
        for i, ch in enumerate(text):
            node = node.children.get(ch)
            if node is None:
                break
            if node.terminal:
                best = (text[:i], node.value)
        return best

    def lookup(self, text, default=None):
        """Value of the longest stored prefix of text."""
        match = self.longest_match(text)
        return default if match is None else match[1]
