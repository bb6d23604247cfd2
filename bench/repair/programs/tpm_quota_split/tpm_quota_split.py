"""Split a provider's tokens-per-minute limit among agents by weight."""


def split_quota(total, weights):
    """Share an integer quota among agents in proportion to their weights.

    Every unit is handed out: each agent first gets the floor of its exact share, then
    the units left over go one each to the agents with the largest remainders (on a tie,
    the agent listed first in `weights`). Agents with weight 0 get nothing.
    Returns a dict agent -> units, in the order of `weights`.
    """
    if total < 0:
        raise ValueError("total must be non-negative")
    if any(w < 0 for w in weights.values()):
        raise ValueError("weights must be non-negative")
    shares = {agent: 0 for agent in weights}
    weight_sum = sum(weights.values())
    if weight_sum == 0:
        return shares
    remainders = {}
    for agent, w in weights.items():
        shares[agent], remainders[agent] = divmod(total * w, weight_sum)
    left = total - sum(shares.values())
    ranked = sorted(remainders, key=remainders.get)
    for agent in ranked[:left]:
        shares[agent] += 1
    return shares


def split_from_config(config):
    """`config` is {"tpm": int, "agents": [{"name": str, "weight": int}, ...]}."""
    weights = {entry["name"]: entry.get("weight", 1) for entry in config["agents"]}
    return split_quota(config["tpm"], weights)
