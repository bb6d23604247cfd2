"""Sample ratio mismatch (SRM) check for experiments.

If users were split 50/50 but the logged exposures are 5200 vs 4800, something is wrong
with assignment or exposure logging, and the experiment's results cannot be trusted. A
chi-square goodness-of-fit test compares the observed exposure counts with the counts
the configured weights predict.
"""

# Critical chi-square values at p = 0.001, by degrees of freedom.
CRITICAL_P001 = {1: 10.828, 2: 13.816, 3: 16.266, 4: 18.467, 5: 20.515, 6: 22.458,
                 7: 24.322}


def expected_counts(observed, weights):
    """Counts each variant should have, given the total observed and the weights."""
    total = sum(observed.get(variant, 0) for variant in weights)
    weight_sum = sum(weights.values())
    return {variant: total * weight / weight_sum for variant, weight in weights.items()}


def chi_square(observed, weights):
    """Pearson's statistic over the configured variants (unknown variants ignored)."""
    statistic = 0.0
    for variant, expected in expected_counts(observed, weights).items():
        if expected > 0:
            statistic += (observed.get(variant, 0) - expected) ** 2 / expected
    return statistic


def has_srm(observed, weights):
    """True when the observed split deviates from the weights at p < 0.001."""
    if len(weights) < 2 or sum(observed.get(v, 0) for v in weights) == 0:
        return False
    degrees = len(weights)
    if degrees not in CRITICAL_P001:
        raise ValueError(f"too many variants for the SRM table: {len(weights)}")
    return chi_square(observed, weights) > CRITICAL_P001[degrees]
