"""LSD radix sort by a non-negative integer key; every pass is a stable counting sort."""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def _identity(item: Any) -> Any:
    return item


def digit(value: int, exp: int, base: int) -> int:
    return (value // exp) % base


def counting_pass(items: Sequence[T], key: Callable[[T], int], exp: int, base: int) -> list[T]:
    """Stable sort of items by the digit of key(item) at position exp."""
    counts = [0] * base
    for item in items:
        counts[digit(key(item), exp, base)] += 1
    for d in range(1, base - 1):
        counts[d] += counts[d - 1]
    out = list(items)
    for item in reversed(items):
        d = digit(key(item), exp, base)
        counts[d] -= 1
        out[counts[d]] = item
    return out


def radix_sort(
    items: Sequence[T], key: Callable[[T], int] = _identity, base: int = 10
) -> list[T]:
    if base < 2:
        raise ValueError("base must be at least 2")
    ordered = list(items)
    if not ordered:
        return ordered
    keys = [key(item) for item in ordered]
    if min(keys) < 0:
        raise ValueError("radix_sort needs non-negative keys")
    largest = max(keys)
    exp = 1
    while exp <= largest:
        ordered = counting_pass(items, key, exp, base)
        exp *= base
    return ordered
