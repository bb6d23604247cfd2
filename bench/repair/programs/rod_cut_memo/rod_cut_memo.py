"""Rod cutting, solved top-down with a memo table.

A rod of a given length is cut into pieces that are sold according to a list
of offers, each a (length, price) pair; an offer can be used any number of
times and any leftover that matches no offer is scrap.
"""


def _solver(offers):
    memo = {}

    def best(remaining):
        if remaining in memo:
            return memo[remaining]
        result = 0
        for price, length in offers:
            if length <= remaining:
                result = max(result, price + best(remaining - length))
        memo[remaining] = result
        return result

    return best


def best_revenue(rod_length, offers):
    """Most money a rod of rod_length can be sold for."""
    if rod_length < 0:
        raise ValueError("rod_length must be non-negative")
    offers = [(length, price) for length, price in offers if length > 0]
    return _solver(offers)(rod_length)


def cut_plan(rod_length, offers):
    """Piece lengths of one best cutting, longest first."""
    offers = [(length, price) for length, price in offers if length > 0]
    best = _solver(offers)
    pieces = []
    remaining = rod_length
    while best(remaining) > 0:
        for length, price in offers:
            if length <= remaining and price + best(remaining - length) == best(remaining):
                pieces.append(length)
                remaining -= length
                break
    return sorted(pieces, reverse=True)
