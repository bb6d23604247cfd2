"""Flattening of nested lists (e.g. content blocks gathered from several tools)."""

from collections.abc import Iterable, Iterator
from typing import Any


def flatten(value: Iterable[Any]) -> Iterator[Any]:
    """Yield the leaves of arbitrarily nested lists and tuples, depth first."""
    for item in value:
        if isinstance(item, (list, tuple)):
            yield from item
        else:
            yield item


def flat_list(value: Iterable[Any]) -> list[Any]:
    return list(flatten(value))


def depth(value: Any) -> int:
    """Nesting depth: 0 for a leaf, 1 for a flat list."""
    if not isinstance(value, (list, tuple)):
        return 0
    return 1 + max((depth(item) for item in value), default=0)
