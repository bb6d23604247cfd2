"""Ancestor queries on a rooted tree using binary lifting."""


class AncestorTable:
    """Answers k-th ancestor, lowest common ancestor and distance queries.

    ``parent[v]`` is the parent of node ``v``; the single root has parent -1.
    """

    def __init__(self, parent):
        n = len(parent)
        roots = [v for v, p in enumerate(parent) if p == -1]
        if len(roots) != 1:
            raise ValueError("expected exactly one root")
        children = [[] for _ in range(n)]
        for v, p in enumerate(parent):
            if p != -1:
                children[p].append(v)
        self.depth = [0] * n
        order = [roots[0]]
        for v in order:
            for c in children[v]:
                self.depth[c] = self.depth[v] + 1
                order.append(c)
        if len(order) != n:
            raise ValueError("parent array contains a cycle")
        self.levels = max(1, (n - 1).bit_length())
        # up[j][v] is the 2**j-th ancestor of v; the root is its own parent.
        self.up = [[v if p == -1 else p for v, p in enumerate(parent)]]
        for _ in range(1, self.levels):
            prev = self.up[-1]
            self.up.append([prev[prev[v]] for v in range(n)])

    def kth_ancestor(self, v, k):
        """The node k steps above v (k=0 is v itself), or None past the root."""
        if k < 0 or k >= self.depth[v]:
            return None
        for j in range(self.levels):
            if k >> j & 1:
                v = self.up[j][v]
        return v

    def lca(self, a, b):
        """Lowest common ancestor of a and b."""
        if self.depth[a] < self.depth[b]:
            a, b = b, a
        a = self.kth_ancestor(a, self.depth[a] - self.depth[b])
        if a == b:
            return a
        for j in reversed(range(self.levels)):
            if self.up[j][a] != self.up[j][b]:
                a = self.up[j][a]
                b = self.up[j][a]
        return self.up[0][a]

    def distance(self, a, b):
        """Number of edges on the path between a and b."""
        return self.depth[a] + self.depth[b] - 2 * self.depth[self.lca(a, b)]
