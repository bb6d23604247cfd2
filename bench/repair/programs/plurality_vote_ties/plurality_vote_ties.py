"""Plurality voting over the answers a team of agents proposes.

Each ballot is an ``(agent, answer)`` pair, in the order the ballots
arrived.  Answers are compared after trimming and case-folding.  An agent
may change its mind: only its latest ballot counts.  When two answers get
the same number of votes, the one proposed first (by any ballot) wins.
"""

from collections import Counter


def normalise(answer):
    return " ".join(answer.split()).casefold()


def tally(ballots):
    """Return (counts, first_seen) for the ballots that still count."""
    latest = {}
    first_seen = {}
    for position, (agent, answer) in enumerate(ballots):
        key = normalise(answer)
        latest[agent] = key
        first_seen.setdefault(key, position)
    return Counter(latest.values()), first_seen


def winner(ballots, quorum=1):
    """The winning answer, or None when fewer than ``quorum`` agents voted."""
    counts, first_seen = tally(ballots)
    if sum(counts.values()) < max(quorum, 1):
        return None
    best = None
    for answer, votes in counts.items():
        if best is None or votes > counts[best]:
            best = answer
        elif votes == counts[best] and first_seen[answer] > first_seen[best]:
            best = answer
    return best


def has_majority(ballots):
    """True when the winner holds strictly more than half of the votes."""
    counts, _ = tally(ballots)
    best = winner(ballots)
    if best is None:
        return False
    return counts[best] * 2 > sum(counts.values())
