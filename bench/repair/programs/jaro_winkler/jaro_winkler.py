"""Jaro and Jaro-Winkler string similarity, used to suggest a command for a mistyped one."""

from collections.abc import Sequence


def _matched_characters(a: str, b: str) -> tuple[list[str], list[str]]:
    """The characters of ``a`` and ``b`` that match within the Jaro window, each in its order."""
    window = max(0, max(len(a), len(b)) // 2 - 1)
    taken = [False] * len(b)
    from_a: list[str] = []
    for i, char in enumerate(a):
        for j, other in enumerate(b):
            if not taken[j] and other == char and abs(i - j) < window:
                taken[j] = True
                from_a.append(char)
                break
    from_b = [char for j, char in enumerate(b) if taken[j]]
    return from_a, from_b


def jaro(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    from_a, from_b = _matched_characters(a, b)
    matches = len(from_a)
    if matches == 0:
        return 0.0
    transpositions = sum(x != y for x, y in zip(from_a, from_b, strict=True)) / 2
    return (matches / len(a) + matches / len(b) + (matches - transpositions) / matches) / 3


def jaro_winkler(a: str, b: str, scale: float = 0.1, max_prefix: int = 4) -> float:
    """Jaro similarity boosted for a common prefix of up to ``max_prefix`` characters."""
    similarity = jaro(a, b)
    prefix = 0
    for x, y in zip(a[:max_prefix], b[:max_prefix], strict=False):
        if x != y:
            break
        prefix += 1
    return similarity + prefix * scale * (1 - similarity)


def closest(word: str, candidates: Sequence[str], cutoff: float = 0.8) -> str | None:
    """The most similar candidate (the first one on ties), or None if none reaches ``cutoff``."""
    if not candidates:
        return None
    best = max(candidates, key=lambda candidate: jaro_winkler(word, candidate))
    if jaro_winkler(word, best) < cutoff:
        return None
    return best
