"""Split an amount of money across weighted parties without losing a cent."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def allocate_cents(total_cents, weights):
    """Split ``total_cents`` into integer shares proportional to ``weights``.

    Every party first gets the floor of its exact share; the cents left over
    go one each to the parties with the largest fractional remainders, the
    earlier party winning a tie. The shares always add up to ``total_cents``.
    """
    if total_cents < 0:
        raise ValueError("total must not be negative")
    if not weights or any(weight < 0 for weight in weights):
        raise ValueError("weights must be non-negative and non-empty")
    weight_sum = sum(weights)
    if weight_sum == 0:
        raise ValueError("at least one weight must be positive")
    shares = []
    remainders = []
    for weight in weights:
        whole, rest = divmod(total_cents * weight, weight_sum)
        shares.append(int(whole))
        remainders.append(rest)
    leftover = total_cents - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: remainders[i])
    for index in order[:leftover]:
        shares[index] += 1
    return shares


def split_amount(amount, weights):
    """Split a decimal amount (e.g. "100.00") into Decimal shares with 2 places."""
    cents = int((Decimal(str(amount)) / CENT).to_integral_value(rounding=ROUND_HALF_UP))
    return [(Decimal(share) * CENT).quantize(CENT) for share in allocate_cents(cents, weights)]
