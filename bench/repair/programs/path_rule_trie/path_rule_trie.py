"""Most-specific-prefix path rules, stored in a trie of path components.

Rules map a folder prefix to allow (True) or deny (False).  The decision for
a path is the rule on the longest prefix of it that has one; with no rule on
the way, the default applies.  Prefixes match whole components only.
"""

import posixpath


class _Node:
    __slots__ = ("children", "rule")

    def __init__(self):
        self.children = {}
        self.rule = None


def _parts(path):
    normal = posixpath.normpath("/" + path.strip())
    return [part for part in normal.split("/") if part]


class PathRuleTrie:
    def __init__(self, default=False):
        self.root = _Node()
        self.default = default

    def add(self, prefix, allow):
        node = self.root
        for part in _parts(prefix):
            node = node.children.setdefault(part, _Node())
        node.rule = bool(allow)

    def decide(self, path):
        node = self.root
        best = self.default if node.rule is None else node.rule
        for part in _parts(path):
            node = node.children.get(part)
            if node is None:
                break
            if node.rule is None:
                best = node.rule
        return best

    def rules(self):
        """All rules as sorted (prefix, allow) pairs."""
        out, stack = [], [("", self.root)]
        while stack:
            prefix, node = stack.pop()
            if node.rule is not None:
                out.append((prefix or "/", node.rule))
            for part, child in node.children.items():
                stack.append((prefix + "/" + part, child))
        return sorted(out)
