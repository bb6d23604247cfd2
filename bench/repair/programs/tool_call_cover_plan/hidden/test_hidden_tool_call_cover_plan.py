import itertools
import random

import pytest

from tool_call_cover_plan import cheapest_cover

TOOLS = [
    {"name": "grep", "provides": ["search_code"], "cost": 1},
    {"name": "browser", "provides": ["render", "fetch", "screenshot"], "cost": 6},
    {"name": "curl", "provides": ["fetch", "headers"], "cost": 1},
    {"name": "headless", "provides": ["render", "screenshot", "pdf"], "cost": 4},
    {"name": "editor", "provides": ["read", "write", "search_code"], "cost": 2},
]


def test_tool_with_extra_capabilities_is_used():
    assert cheapest_cover(["render"], TOOLS) == (4, ["headless"])


def test_all_in_one_when_cheaper():
    assert cheapest_cover(["read", "write", "search_code"], TOOLS) == (2, ["editor"])


def test_names_in_registry_order():
    assert cheapest_cover(["screenshot", "fetch", "read"], TOOLS) == (
        7, ["curl", "headless", "editor"])


def test_duplicate_needs():
    assert cheapest_cover(["fetch", "fetch"], TOOLS) == (1, ["curl"])


def test_empty_plan_with_registry():
    assert cheapest_cover([], TOOLS) == (0, [])


def test_impossible_with_registry():
    assert cheapest_cover(["fetch", "deploy"], TOOLS) is None


def brute(needs, tools):
    best = None
    for size in range(len(tools) + 1):
        for combo in itertools.combinations(range(len(tools)), size):
            covered = set()
            for i in combo:
                covered.update(tools[i]["provides"])
            if set(needs) <= covered:
                cost = sum(tools[i]["cost"] for i in combo)
                if best is None or cost < best:
                    best = cost
    return best


@pytest.mark.parametrize("seed", range(30))
def test_matches_brute_force(seed):
    rng = random.Random(seed)
    caps = list("abcdefg")
    tools = [{"name": f"t{i}", "provides": rng.sample(caps, rng.randint(1, 3)),
              "cost": rng.randint(1, 9)} for i in range(rng.randint(1, 6))]
    needs = rng.sample(caps[:5], rng.randint(1, 3))
    result = cheapest_cover(needs, tools)
    expected = brute(needs, tools)
    if expected is None:
        assert result is None
        return
    cost, names = result
    assert cost == expected
    chosen = [t for t in tools if t["name"] in names]
    assert sum(t["cost"] for t in chosen) == cost
    assert set(needs) <= {c for t in chosen for c in t["provides"]}
