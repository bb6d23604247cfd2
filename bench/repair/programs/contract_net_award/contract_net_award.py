"""Contract-net style task allocation between worker agents.

The manager announces each task; every agent that has the skill and enough spare
capacity bids its price (a fixed fee per task plus a rate per unit of effort), and the
cheapest bid wins. Tasks are announced highest priority first.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Task:
    id: str
    skill: str
    effort: int
    priority: int = 0


@dataclass(frozen=True)
class Agent:
    name: str
    skills: frozenset[str]
    capacity: int  # total effort the agent can take on
    fee: float = 0.0
    rate: float = 1.0


@dataclass
class Allocation:
    winners: dict[str, str] = field(default_factory=dict)  # task id -> agent name
    prices: dict[str, float] = field(default_factory=dict)  # task id -> winning bid
    unassigned: list[str] = field(default_factory=list)
    load: dict[str, int] = field(default_factory=dict)

    @property
    def total_cost(self) -> float:
        return sum(self.prices.values())


def bid(agent: Agent, task: Task, load: int) -> float | None:
    """The agent's price for the task, or None if it cannot take it."""
    if task.skill not in agent.skills or load + task.effort >= agent.capacity:
        return None
    return agent.rate + agent.fee * task.effort


def allocate(tasks: Iterable[Task], agents: list[Agent]) -> Allocation:
    """Equal priorities keep their order; equal bids go to the agent listed first."""
    result = Allocation(load={agent.name: 0 for agent in agents})
    for task in sorted(tasks, key=lambda task: -task.priority):
        best: tuple[float, Agent] | None = None
        for agent in agents:
            price = bid(agent, task, result.load[agent.name])
            if price is not None and (best is None or price < best[0]):
                best = (price, agent)
        if best is None:
            result.unassigned.append(task.id)
            continue
        price, winner = best
        result.winners[task.id] = winner.name
        result.prices[task.id] = price
        result.load[winner.name] += task.effort
    return result
