"""Majority detection over a stream of votes in O(1) extra space.

``majority`` is the Boyer-Moore vote: one pass to find the only possible
candidate, a second pass to confirm it really holds more than half of the
votes.  ``over_third`` generalises it to the (at most two) values that hold
more than a third of the votes.
"""


def majority(votes):
    votes = list(votes)
    candidate, count = None, 0
    for vote in votes:
        if count == 0:
            candidate, count = vote, 1
        elif vote == candidate:
            count = 1
        else:
            count -= 1
    if count and votes.count(candidate) * 2 > len(votes):
        return candidate
    return None


def over_third(votes):
    votes = list(votes)
    first = second = None
    n1 = n2 = 0
    for vote in votes:
        if n1 and vote == first:
            n1 += 1
        elif n2 and vote == second:
            n2 += 1
        elif n1 == 0:
            first, n1 = vote, 1
        elif n2 == 0:
            second, n2 = vote, 1
        else:
            n1 -= 1
            n2 -= 1
    found = {c for c, n in ((first, n1), (second, n2)) if n and votes.count(c) * 3 > len(votes)}
    return sorted(found)
