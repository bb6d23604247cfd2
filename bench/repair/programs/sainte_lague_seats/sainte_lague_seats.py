"""Seat apportionment by the Sainte-Lague highest-averages method."""


def allocate_seats(votes, seats, threshold=0.0):
    """Distribute `seats` among parties in proportion to `votes`.

    Each seat goes to the party with the highest quotient votes / (2s + 1), where s is
    the number of seats it has already won (divisors 1, 3, 5, ...). Parties with less
    than `threshold` (a fraction of all votes cast) take no part; a party exactly at
    the threshold qualifies. Ties go to the party with more votes, then by name.
    Returns a dict party -> seats for every party in `votes`.
    """
    if seats < 0:
        raise ValueError("seats must be non-negative")
    won = {party: 0 for party in votes}
    total = sum(votes.values())
    if total == 0:
        return won
    eligible = [p for p, v in votes.items() if v > threshold * total]
    if not eligible:
        return won
    for _ in range(seats):
        best = min(
            eligible,
            key=lambda p: (-votes[p] / (won[p] + 1), -votes[p], p),
        )
        won[best] += 1
    return won


def seat_shares(votes, seats, threshold=0.0):
    """Seats per party as a fraction of the house, rounded to 4 places."""
    won = allocate_seats(votes, seats, threshold)
    if seats == 0:
        return {party: 0.0 for party in won}
    return {party: round(n / seats, 4) for party, n in won.items()}
