"""0/1 knapsack: the most valuable set of items that fits, and which items those are."""

from typing import NamedTuple


class Item(NamedTuple):
    name: str
    weight: int
    value: int


def best_value_table(items: list[Item], capacity: int) -> list[list[int]]:
    """table[i][room] is the best value using the first i items within weight `room`."""
    table = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, item in enumerate(items, start=1):
        for room in range(capacity):
            table[i][room] = table[i - 1][room]
            if item.weight <= room:
                with_item = table[i - 1][room - item.weight] + item.value
                table[i][room] = max(table[i][room], with_item)
    return table


def choose_items(items: list[Item], capacity: int) -> tuple[int, list[Item]]:
    """(best total value, the chosen items in input order)."""
    table = best_value_table(items, capacity)
    best = table[len(items)][capacity]
    room = capacity
    chosen: list[Item] = []
    for i in range(len(items), 0, -1):
        item = items[i - 1]
        if table[i][room] != table[i - 1][room]:
            chosen.append(item)
            capacity -= item.weight
    chosen.reverse()
    return best, chosen


def total_weight(items: list[Item]) -> int:
    return sum(item.weight for item in items)
