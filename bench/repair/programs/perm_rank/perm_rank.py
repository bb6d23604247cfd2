"""Lexicographic ranking and unranking of permutations of distinct items."""

import math
from collections.abc import Sequence
from typing import Any


def rank(perm: Sequence[Any]) -> int:
    """Position of `perm` among all orderings of its items, sorted lexicographically."""
    remaining = sorted(perm)
    index = 0
    for position, item in enumerate(perm):
        smaller = remaining.index(item)
        index += smaller * math.factorial(len(perm) - position)
        remaining.pop(smaller)
    return index


def unrank(items: Sequence[Any], index: int) -> list[Any]:
    """The ordering of `items` at lexicographic position `index`."""
    pool = sorted(items)
    if not 0 <= index < math.factorial(len(pool)):
        raise IndexError(f"permutation index {index} out of range for {len(pool)} items")
    result: list[Any] = []
    while pool:
        block = math.factorial(len(items) - 1)
        choice, index = divmod(index, block)
        result.append(pool.pop(choice))
    return result


def successor(perm: Sequence[Any]) -> list[Any] | None:
    """The next ordering in lexicographic order, or None after the last one."""
    position = rank(perm) + 1
    if position == math.factorial(len(perm)):
        return None
    return unrank(perm, position)


def shuffle_from_seed(items: Sequence[Any], seed: int) -> list[Any]:
    """A reproducible ordering of `items` picked by a seed (e.g. for tool order in evals)."""
    return unrank(items, seed % math.factorial(len(items)))
