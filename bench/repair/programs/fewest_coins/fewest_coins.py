"""Coin-change helpers: counting combinations and paying an amount with the fewest coins."""


def count_ways(coins: list[int], amount: int) -> int:
    """Number of coin multisets summing to amount (order does not matter)."""
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]


def fewest_coins(coins: list[int], amount: int) -> list[int] | None:
    """A shortest list of coins summing to amount, largest first; None if impossible."""
    unreachable = amount + 1
    best = [0] + [unreachable] * amount
    last_coin = [0] * (amount + 1)
    for total in range(1, amount + 1):
        for coin in coins:
            if coin > total:
                continue
            candidate = best[total - coin]
            if candidate < best[total]:
                best[total] = candidate
                last_coin[total] = coin
    if best[amount] == unreachable:
        return None
    used = []
    while amount > 0:
        used.append(last_coin[amount])
        amount -= last_coin[amount]
    return sorted(used, reverse=True)


def min_coin_count(coins: list[int], amount: int) -> int:
    """Fewest coins needed to pay amount, or -1 when it cannot be paid."""
    used = fewest_coins(coins, amount)
    return -1 if used is None else len(used)
