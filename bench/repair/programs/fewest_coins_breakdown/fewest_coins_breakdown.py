"""Fewest coins that pay an amount exactly, and which coins they are."""

INF = float("inf")


def _solve(amount, coins):
    if amount < 0:
        raise ValueError("amount must be non-negative")
    best = [0] + [INF] * amount
    choice = [0] * (amount + 1)  # choice[t]: a coin used by a best way to pay t
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and best[total - coin] + 1 < best[total]:
                best[total] = best[total - coin] + 1
                choice[total] = coin
    return best, choice


def min_coin_count(amount, coins):
    """Smallest number of coins paying ``amount``, or -1 if it cannot be paid."""
    best, _ = _solve(amount, coins)
    return -1 if best[amount] == INF else best[amount]


def fewest_coins(amount, coins):
    """Return the coins of a smallest payment, largest first, or None."""
    best, choice = _solve(amount, coins)
    if best[amount] == INF:
        return None
    used = []
    remaining = amount
    while remaining > 0:
        coin = choice[amount]
        used.append(coin)
        remaining -= coin
    return sorted(used, reverse=True)
