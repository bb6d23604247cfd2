"""Group retrieved snippets into clusters of near-identical content before prompting.

Snippets are visited best score first. Each joins the existing cluster whose centroid is
most similar (cosine >= threshold) or starts a new one. A cluster keeps the running sum
of its members' vectors so its centroid follows the members that join it.
"""

import math
from dataclasses import dataclass, field


@dataclass
class Snippet:
    id: str
    text: str
    score: float
    vector: list[float]


@dataclass
class Cluster:
    members: list[Snippet] = field(default_factory=list)
    total: list[float] = field(default_factory=list)

    @property
    def centroid(self) -> list[float]:
        return [x / len(self.members) for x in self.total]

    @property
    def representative(self) -> Snippet:
        return self.members[0]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if na == 0 or nb == 0:
        return 0.0
    return dot / (na * nb)


def cluster_snippets(snippets: list[Snippet], threshold: float = 0.85) -> list[Cluster]:
    clusters: list[Cluster] = []
    for snip in sorted(snippets, key=lambda s: (-s.score, s.id)):
        best, best_sim = None, threshold
        for cluster in clusters:
            sim = cosine(snip.vector, cluster.centroid)
            if sim >= best_sim:
                best, best_sim = cluster, sim
        if best is None:
            clusters.append(Cluster(members=[snip], total=list(snip.vector)))
        else:
            best.members.append(snip)
    return clusters


def dedupe_for_prompt(snippets: list[Snippet], threshold: float = 0.85) -> list[Snippet]:
    """One snippet per cluster (its best-scored member), best first."""
    return [c.representative for c in cluster_snippets(snippets, threshold)]
