"""Coin change: fewest coins for an amount, one such set of coins, and the number of ways."""


def _fewest_table(coins: list[int], amount: int) -> tuple[list[int], list[int]]:
    """best[v]: fewest coins that make v; last[v]: the coin added last to make v."""
    best = [0] + [amount] * amount
    last = [0] * (amount + 1)
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
                last[value] = coin
    return best, last


def fewest_coins(coins: list[int], amount: int) -> int | None:
    """Smallest number of coins summing to amount, or None when no combination exists."""
    best, _ = _fewest_table(coins, amount)
    return best[amount] if best[amount] <= amount else None


def make_change(coins: list[int], amount: int) -> list[int] | None:
    """One combination with the fewest coins, largest coins first."""
    best, last = _fewest_table(coins, amount)
    if best[amount] > amount:
        return None
    picked: list[int] = []
    value = amount
    for _ in range(best[amount]):
        picked.append(last[value])
        value -= last[value]
    return sorted(picked, reverse=True)


def count_ways(coins: list[int], amount: int) -> int:
    """Number of distinct multisets of coins summing to amount (order does not matter)."""
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]
