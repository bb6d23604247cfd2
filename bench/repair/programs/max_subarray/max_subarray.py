"""Maximum-sum contiguous slice (Kadane's algorithm), with its position."""


def max_subarray(values: list[int]) -> tuple[int, int, int]:
    """(best sum, start, end) of the non-empty slice values[start:end] with the largest sum.

    Among slices with the same sum, the one that ends first wins, then the shortest.
    """
    if not values:
        raise ValueError("no values")
    best, best_start, best_end = values[0], 0, 1
    current, start = 0, 0
    for index, value in enumerate(values):
        if current <= 0:
            current, start = value, index
        else:
            current += value
        if current > best:
            best, best_start, best_end = current, index, index + 1
    return best, best_start, best_end


def best_slice(values: list[int]) -> list[int]:
    _, start, end = max_subarray(values)
    return values[start:end]


def best_trade(prices: list[int]) -> tuple[int, int, int]:
    """(profit, buy day, sell day) of the best single buy-then-sell; (0, 0, 0) if none gains."""
    changes = [later - earlier for earlier, later in zip(prices, prices[1:])]
    if not changes:
        return 0, 0, 0
    profit, start, end = max_subarray(changes)
    return (profit, start, end) if profit > 0 else (0, 0, 0)
