"""Wilson score confidence intervals for benchmark pass rates.

A pass rate measured on a few dozen tasks is noisy; the Wilson interval stays
inside [0, 1] and behaves well near 0% and 100%, unlike the normal
approximation.
"""

import math
from statistics import NormalDist


def z_for_confidence(confidence):
    """Two-sided critical value, e.g. 0.95 -> 1.959963..."""
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def wilson_interval(passed, total, confidence=0.95):
    """Return (low, high) bounds on the true pass rate."""
    if total <= 0:
        raise ValueError("total must be positive")
    if not 0 <= passed <= total:
        raise ValueError("passed must be between 0 and total")
    z = z_for_confidence(confidence)
    z2 = z * z
    p = passed / total
    denom = 1 + z2 / total
    center = (p + z2 / (2 * total)) / denom
    margin = z * math.sqrt(p * (1 - p) / total) / denom
    return max(0.0, center - margin), min(1.0, center + margin)


def summarize(results, confidence=0.95):
    """Summarise a list of booleans (one per task) as a dict."""
    total = len(results)
    passed = sum(1 for r in results if r)
    low, high = wilson_interval(passed, total, confidence)
    return {
        "passed": passed,
        "total": total,
        "rate": passed / total,
        "low": round(low, 4),
        "high": round(high, 4),
    }


def intervals_overlap(a, b):
    """True when two (low, high) intervals share any point."""
    return a[0] <= b[1] and b[0] <= a[1]
