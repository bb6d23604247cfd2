"""Elo ratings for agents from pairwise head-to-head judgements.

Matches are (agent_a, agent_b, outcome) where outcome is 1.0 when a won,
0.0 when b won and 0.5 for a tie. Ratings are updated in match order.
"""

DEFAULT_RATING = 1000.0
K_FACTOR = 32.0


def expected_score(rating_a, rating_b):
    """Probability that a beats b under the Elo model."""
    return 1.0 / (1.0 + 10 ** ((rating_a - rating_b) / 400.0))


def update(ratings, a, b, outcome, k=K_FACTOR):
    """Apply one match result to ``ratings`` in place."""
    if outcome not in (0.0, 0.5, 1.0):
        raise ValueError(f"bad outcome {outcome!r}")
    ra = ratings.get(a, DEFAULT_RATING)
    rb = ratings.get(b, DEFAULT_RATING)
    ea = expected_score(ra, rb)
    ratings[a] = ra + k * (outcome - ea)
    ratings[b] = rb + k * ((1.0 - outcome) - (1.0 - ea))


def rate(matches, k=K_FACTOR):
    """Return a ratings dict after replaying every match."""
    ratings = {}
    for a, b, outcome in matches:
        update(ratings, a, b, outcome, k)
    return ratings


def leaderboard(matches, k=K_FACTOR):
    """Return [(rank, agent, rating)] best first; equal ratings share a rank."""
    ratings = rate(matches, k)
    ordered = sorted(ratings.items(), key=lambda item: (-item[1], item[0]))
    rows = []
    for position, (agent, rating) in enumerate(ordered, start=1):
        rounded = round(rating, 1)
        if rows and rows[-1][2] == rounded:
            rank = rows[-1][0]
        else:
            rank = position
        rows.append((rank, agent, rounded))
    return rows
