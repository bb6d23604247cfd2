"""Integer partitions: counting them and listing them (e.g. splitting a batch into lots)."""

from collections.abc import Iterator


def partition_count(total: int, largest: int | None = None) -> int:
    """Ways to write total as a sum of positive parts, none above largest (order ignored)."""
    if total < 0:
        return 0
    cap = total if largest is None else min(largest, total)
    ways = [1] + [0] * total
    for part in range(1, cap + 1):
        for amount in range(part, total + 1):
            ways[amount] += ways[amount - part]
    return ways[total]


def distinct_part_count(total: int) -> int:
    """Ways to write total as a sum of distinct positive parts."""
    ways = [1] + [0] * total
    for part in range(1, total + 1):
        for amount in range(total, part - 1, -1):
            ways[amount] += ways[amount - part]
    return ways[total]


def partitions(total: int, largest: int | None = None) -> Iterator[list[int]]:
    """Each partition as a non-increasing list, in reverse lexicographic order ([total] first)."""
    if total == 0:
        yield []
        return
    cap = total if largest is None else min(largest, total)
    for first in range(cap, 0, -1):
        for rest in partitions(total - first, first):
            yield rest + [first]


def conjugate(parts: list[int]) -> list[int]:
    """Transpose of the Young diagram: the k-th part counts the parts of size > k."""
    return [sum(1 for part in parts if part > k) for k in range(parts[0])] if parts else []
