"""Weighted max-min fair sharing of a capacity among agents (water-filling)."""


def fair_shares(capacity, demands, weights=None):
    """Split `capacity` among agents by weighted max-min fairness.

    `demands` maps agent -> amount requested; `weights` maps agent -> positive weight
    (missing agents weigh 1). No agent gets more than it asked for, and capacity an
    agent does not need is shared among the others in proportion to their weights.
    Returns a dict agent -> allocated amount.
    """
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    weights = weights or {}
    w = {agent: float(weights.get(agent, 1.0)) for agent in demands}
    if any(value <= 0 for value in w.values()):
        raise ValueError("weights must be positive")
    alloc = {agent: 0.0 for agent in demands}
    # Agents asking for the least per unit of weight are filled first.
    order = sorted(demands, key=lambda agent: w[agent] / demands[agent])
    remaining = float(capacity)
    weight_left = sum(w.values())
    for agent in order:
        fair = remaining * w[agent] / weight_left
        give = min(float(demands[agent]), fair)
        alloc[agent] = give
        remaining -= give
        weight_left -= w[agent]
    return alloc


def unmet_demand(capacity, demands, weights=None):
    """How much each agent asked for but did not get."""
    alloc = fair_shares(capacity, demands, weights)
    return {agent: demands[agent] - alloc[agent] for agent in demands}
