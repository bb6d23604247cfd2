"""Count the ways to pay an amount with unlimited coins (order does not matter)."""

MOD = 1_000_000_007


def _ways(limit, coins, mod):
    denominations = sorted(set(coins))
    if any(coin <= 0 for coin in denominations):
        raise ValueError("coin values must be positive")
    ways = [0] * (limit + 1)
    ways[0] = 1
    # Coins in the outer loop: each multiset of coins is counted once.
    for coin in denominations:
        for total in range(coin, limit + 1):
            ways[total] = ways[total - coin]
            ways[total] %= mod
    return ways


def count_ways(amount, coins, mod=MOD):
    """Number of multisets of ``coins`` summing to ``amount``, modulo ``mod``.

    Repeated denominations in ``coins`` count once."""
    if amount < 0:
        return 0
    return _ways(amount, coins, mod)[amount]


def ways_table(limit, coins, mod=MOD):
    """Return [count_ways(0, coins), ..., count_ways(limit, coins)] in one pass."""
    if limit < 0:
        return []
    return _ways(limit, coins, mod)
