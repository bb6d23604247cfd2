"""Bounded knapsack: every item may be packed up to a limited number of times."""

from typing import Iterable, NamedTuple


class Item(NamedTuple):
    name: str
    weight: int
    value: int
    count: int  # how many copies are available


def best_selection(items: Iterable[Item], capacity: int) -> tuple[int, dict[str, int]]:
    """Return (best total value, {item name: copies packed}) for ``capacity``."""
    items = list(items)
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    # table[i][c]: best value using only the first i items within capacity c
    table = [[0] * (capacity + 1)]
    for item in items:
        prev = table[-1]
        row = prev[:]
        for c in range(capacity + 1):
            for copies in range(1, item.count):
                used = copies * item.weight
                if used > c:
                    break
                candidate = prev[c - used] + copies * item.value
                if candidate > row[c]:
                    row[c] = candidate
        table.append(row)

    chosen: dict[str, int] = {}
    c = capacity
    for i in range(len(items), 0, -1):
        item = items[i - 1]
        if table[i][c] == table[i - 1][c]:
            continue
        for copies in range(1, item.count + 1):
            used = copies * item.weight
            if used <= c and table[i - 1][c - used] + copies * item.value == table[i][c]:
                chosen[item.name] = copies
                c -= used
                break
    return table[-1][capacity], chosen


def best_value(items: Iterable[Item], capacity: int) -> int:
    """Return only the best total value."""
    return best_selection(items, capacity)[0]
