"""Choose the cheapest set of tool calls whose capabilities cover a plan's needs.

Tools come from the registry as dicts: {"name": str, "provides": [capability, ...],
"cost": number}. Each tool is called at most once.
"""


def cheapest_cover(needs, tools):
    """Return (total cost, [tool names in registry order]) for the cheapest subset
    of ``tools`` that provides every capability in ``needs``, or None if no subset
    does. Capabilities the plan does not need are ignored."""
    needs = sorted(set(needs))
    bit = {cap: 1 << i for i, cap in enumerate(needs)}
    full = (1 << len(needs)) - 1
    # best[mask] = (cost, positions of the chosen tools) for covering exactly mask
    best = {0: (0, ())}
    for position, tool in enumerate(tools):
        mask = sum(bit[cap] for cap in set(tool["provides"]))
        if mask == 0:
            continue
        for covered, (cost, picked) in list(best.items()):
            new = covered | mask
            total = cost + tool["cost"]
            if new not in best or total < best[new][0]:
                best[new] = (total, picked + (position,))
    if full not in best:
        return None
    cost, picked = best[full]
    return cost, [tools[i]["name"] for i in picked]


def missing_capabilities(needs, tools):
    """Capabilities in ``needs`` that no tool provides, sorted."""
    offered = set()
    for tool in tools:
        offered.update(tool["provides"])
    return sorted(set(needs) - offered)
