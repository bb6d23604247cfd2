"""Gale-Shapley stable matching with possibly incomplete preference lists."""

from collections import deque

Prefs = dict[str, list[str]]


def _rankings(prefs: Prefs) -> dict[str, dict[str, int]]:
    return {who: {other: i for i, other in enumerate(order)} for who, order in prefs.items()}


def _prefers(ranking: dict[str, int], challenger: str, incumbent: str) -> bool:
    """True if the ranking puts challenger ahead of incumbent."""
    return ranking[challenger] < ranking[incumbent]


def stable_match(proposers: Prefs, reviewers: Prefs) -> dict[str, str]:
    """Proposer-optimal stable matching, as proposer -> reviewer.

    A pair can be matched only if each lists the other; people nobody accepts stay single.
    """
    rank = _rankings(reviewers)
    next_pick = dict.fromkeys(proposers, 0)
    engaged: dict[str, str] = {}  # reviewer -> proposer
    free = deque(proposers)
    while free:
        proposer = free.popleft()
        choices = proposers[proposer]
        if next_pick[proposer] == len(choices):
            continue  # ran out of choices: stays single
        reviewer = choices[next_pick[proposer]]
        next_pick[proposer] += 1
        ranking = rank.get(reviewer, {})
        if proposer not in ranking:
            free.append(proposer)
        elif reviewer not in engaged:
            engaged[reviewer] = proposer
        elif _prefers(ranking, engaged[reviewer], proposer):
            free.append(engaged[reviewer])
            engaged[reviewer] = proposer
        else:
            free.append(proposer)
    return {p: r for r, p in engaged.items()}


def blocking_pairs(matching: dict[str, str], proposers: Prefs, reviewers: Prefs
                   ) -> list[tuple[str, str]]:
    """Pairs who both list each other and would both rather be together than as matched."""
    partner_of = {r: p for p, r in matching.items()}
    pairs = []
    for p, order in proposers.items():
        current = matching.get(p)
        better = order if current is None else order[:order.index(current)]
        for r in better:
            their = reviewers.get(r, [])
            if p not in their:
                continue
            rival = partner_of.get(r)
            if rival is None or their.index(p) < their.index(rival):
                pairs.append((p, r))
    return pairs
