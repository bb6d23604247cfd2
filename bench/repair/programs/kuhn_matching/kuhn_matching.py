"""Maximum bipartite matching by augmenting paths (Kuhn's algorithm).

Typical use: assign reviewers to papers, each reviewer to at most one paper they are
qualified for and each paper to at most one reviewer, covering as many as possible.
"""

from collections.abc import Iterable, Mapping


def max_matching(options: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """options[left]: the right vertices left may be paired with.

    Returns left -> right for a maximum matching. Left vertices are tried in the
    mapping's order and each one's options in the order given.
    """
    choices = {left: list(rights) for left, rights in options.items()}
    owner: dict[str, str] = {}  # right -> left

    def augment(left: str, visited: set[str]) -> bool:
        for right in choices[left]:
            if right in visited:
                continue
            visited.add(right)
            if right not in owner or augment(owner[right], visited):
                owner[right] = left
                return True
        return False

    visited: set[str] = set()
    for left in choices:
        augment(left, visited)
    return {left: right for right, left in owner.items()}


def unmatched(options: Mapping[str, Iterable[str]]) -> list[str]:
    """Left vertices that no maximum matching found a partner for, in input order."""
    matching = max_matching(options)
    return [left for left in options if left not in matching]


def is_perfect(options: Mapping[str, Iterable[str]]) -> bool:
    """True when every left vertex can be given its own right vertex."""
    return not unmatched(options)
