"""Reverse second-price auction for handing tasks to agents.

Agents bid the cost at which they would take a task.  For each task, in
the order given, the cheapest eligible bid wins (ties go to the agent name
that sorts first) and the winner is paid the second-lowest eligible bid.
With a single eligible bid the winner is paid the task's full budget.
Bids above the budget are ignored, and an agent that has already won as
many tasks as its capacity allows (default 1) cannot win more.
"""

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Bid:
    agent: str
    task: str
    cost: float


@dataclass(frozen=True)
class Award:
    agent: str
    price: float


def run_auction(budgets, bids, capacity=None):
    """Return {task: Award or None} for every task in ``budgets``."""
    capacity = capacity or {}
    won = Counter()
    results = {}
    for task, budget in budgets.items():
        eligible = [
            bid
            for bid in bids
            if bid.task == task
            and bid.cost <= budget
            and won[bid.agent] < capacity.get(bid.agent, 1)
        ]
        if not eligible:
            results[task] = None
            continue
        eligible.sort(key=lambda bid: (bid.cost, bid.agent))
        best = eligible[0]
        price = eligible[1].cost if len(eligible) > 1 else best.cost
        won[best.agent] += 1
        results[task] = Award(best.agent, price)
    return results


def total_spend(results):
    return sum(award.price for award in results.values() if award is not None)
