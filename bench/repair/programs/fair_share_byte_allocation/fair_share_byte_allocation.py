"""Weighted max-min fair split of a shared byte budget between tenants.

Tenants that ask for less than their fair share get exactly what they ask
for; what they leave unused is shared among the others in proportion to
their weights (water filling).
"""


def max_min_fair(capacity, demands, weights=None):
    """Return {tenant: allocation} with sum(allocation) <= capacity.

    demands: {tenant: bytes wanted}; weights: {tenant: weight}, default 1 each.
    """
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    weights = weights or {}
    weight = {t: weights.get(t, 1) for t in demands}
    if any(w <= 0 for w in weight.values()):
        raise ValueError("weights must be positive")
    # Serve the tenants that are cheapest to satisfy, relative to weight, first.
    order = sorted(demands, key=lambda t: (demands[t] / weight[t], t))
    left = capacity
    weight_left = sum(weight.values())
    alloc = {}
    for tenant in order:
        fair = capacity * weight[tenant] / weight_left
        give = min(demands[tenant], fair)
        alloc[tenant] = give
        left -= give
        weight_left -= weight[tenant]
    return alloc
