"""Paired sign test for comparing two agent runs task by task.

Each run maps task id -> score. Only tasks present in both runs are
compared; a task where the candidate scores higher is a win, lower is a
loss, and equal scores are ties, which the sign test discards.
"""

from math import comb


def paired_outcomes(baseline, candidate):
    """Count (wins, losses, ties) of candidate against baseline."""
    wins = losses = ties = 0
    for task in baseline.keys() & candidate.keys():
        if candidate[task] > baseline[task]:
            wins += 1
        elif candidate[task] < baseline[task]:
            losses += 1
        else:
            ties += 1
    return wins, losses, ties


def sign_test_p(wins, losses):
    """Exact two-sided sign-test p-value for wins vs losses."""
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    tail = sum(comb(n, i) for i in range(k)) / 2 ** n
    return min(1.0, 2 * tail)


def compare(baseline, candidate, alpha=0.05):
    """Summarise a head-to-head comparison of two runs."""
    wins, losses, ties = paired_outcomes(baseline, candidate)
    p = sign_test_p(wins, losses)
    if p >= alpha:
        verdict = "no difference"
    elif wins > losses:
        verdict = "candidate better"
    else:
        verdict = "baseline better"
    return {"wins": wins, "losses": losses, "ties": ties,
            "p_value": p, "verdict": verdict}
