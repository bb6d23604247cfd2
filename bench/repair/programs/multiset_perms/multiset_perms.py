"""Distinct orderings of a sequence whose items may repeat (backtracking over counts)."""

from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def distinct_permutations(items: Sequence[T]) -> Iterator[list[T]]:
    """Yield every distinct ordering of items exactly once, as a new list each time.

    Orderings come out in the order of the items' first occurrences."""
    remaining = Counter(items)
    order = list(remaining)
    path: list[T] = []

    def extend() -> Iterator[list[T]]:
        if len(path) == len(items):
            yield path
            return
        for item in order:
            if remaining[item] == 0:
                continue
            remaining[item] -= 1
            path.append(item)
            yield from extend()
            path.pop()
            remaining[item] += 1

    yield from extend()


def count_distinct(items: Sequence[T]) -> int:
    return sum(1 for _ in distinct_permutations(items))
