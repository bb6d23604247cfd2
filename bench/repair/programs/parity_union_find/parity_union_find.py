"""Union-find that also tracks parity ("same side" / "opposite side").

Each node stores its parity relative to its parent; ``find`` compresses the
path and rewrites those parities so they are relative to the root. This
answers "are a and b on the same side?" for constraints like "x and y are
rivals" and detects contradictions (odd cycles) as they are added.
"""


class ParityDSU:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.parity = [0] * n
        self.rank = [0] * n

    def find(self, x: int) -> tuple[int, int]:
        """Return (root, parity of x relative to root)."""
        path = []
        while self.parent[x] != x:
            path.append(x)
            x = self.parent[x]
        root, acc = x, 0
        for node in reversed(path):
            acc ^= self.parity[node]
            self.parity[node] = acc
            self.parent[node] = root
        return root, (self.parity[path[0]] if path else 0)

    def union(self, a: int, b: int, different: bool) -> bool:
        """Record that a and b are on different (or the same) sides.

        Returns False, changing nothing, if that contradicts earlier facts.
        """
        want = 1 if different else 0
        (ra, pa), (rb, pb) = self.find(a), self.find(b)
        if ra == rb:
            return pa ^ pb == want
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.parity[rb] = pa ^ want
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def relation(self, a: int, b: int) -> str | None:
        (ra, pa), (rb, pb) = self.find(a), self.find(b)
        if ra != rb:
            return None
        return "different" if pa ^ pb else "same"


def two_sides(n: int, rivalries: list[tuple[int, int]]) -> list[int] | None:
    """Split 0..n-1 into sides 0/1 with every rival pair split, or None."""
    dsu = ParityDSU(n)
    for a, b in rivalries:
        if not dsu.union(a, b, different=True):
            return None
    return [dsu.find(v)[1] for v in range(n)]
