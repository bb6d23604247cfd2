"""Functional quicksort for ranking retrieved snippets."""

from typing import Any


def quicksort(values: list[Any]) -> list[Any]:
    """Ascending copy of ``values``; duplicates are kept."""
    if len(values) <= 1:
        return list(values)
    pivot, rest = values[0], values[1:]
    smaller = [v for v in rest if v < pivot]
    larger = [v for v in rest if v > pivot]
    return quicksort(larger) + [pivot] + quicksort(smaller)


def top_k(scores: list[float], k: int) -> list[float]:
    """The k highest scores, highest first."""
    return list(reversed(quicksort(scores)))[:k]
