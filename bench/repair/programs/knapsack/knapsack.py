"""0/1 knapsack by dynamic programming."""


def best_value(items: list[tuple[int, int]], capacity: int) -> int:
    """``items`` are (weight, value) pairs, each usable at most once."""
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        weight, value = items[i - 1]
        for w in range(capacity + 1):
            table[i][w] = table[i - 1][w]
            if weight <= w:
                table[i][w] = max(table[i][w], table[i][w - weight] + value)
    return table[n][capacity]


def fits(items: list[tuple[int, int]], capacity: int) -> bool:
    return sum(weight for weight, _ in items) <= capacity
