"""0/1 knapsack that also reports which items were taken."""


def best_selection(items, capacity):
    """Choose items to maximise total value within `capacity`.

    `items` is a sequence of (name, weight, value) with non-negative integer weights;
    each item can be taken at most once. Returns (best_value, chosen_names) with the
    chosen names in input order.
    """
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        _, weight, value = items[i - 1]
        prev, row = table[i - 1], table[i]
        for w in range(capacity + 1):
            row[w] = prev[w]
            if weight <= w:
                row[w] = max(row[w], row[w - weight] + value)

    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            name, weight, _ = items[i - 1]
            chosen.append(name)
            w -= weight
    chosen.reverse()
    return table[n][capacity], chosen


def total_weight(items, names):
    """Sum of the weights of the named items."""
    weights = {name: weight for name, weight, _ in items}
    return sum(weights[name] for name in names)
