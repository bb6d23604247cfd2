"""Bank lobby simulation: one queue, several tellers, customers served in arrival order."""

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Customer:
    name: str
    arrival: float
    service: float


@dataclass(frozen=True)
class Visit:
    customer: Customer
    teller: int
    start: float

    @property
    def wait(self) -> float:
        return self.start - self.customer.arrival

    @property
    def finish(self) -> float:
        return self.start + self.customer.service


@dataclass
class LobbyReport:
    tellers: int
    visits: list[Visit] = field(default_factory=list)

    def average_wait(self) -> float:
        if not self.visits:
            return 0.0
        return sum(visit.wait for visit in self.visits) / len(self.visits)

    def longest_wait(self) -> float:
        return max((visit.wait for visit in self.visits), default=0.0)

    def served_by(self, teller: int) -> list[str]:
        return [visit.customer.name for visit in self.visits if visit.teller == teller]

    def closing_time(self) -> float:
        return max((visit.finish for visit in self.visits), default=0.0)


def simulate(customers: Iterable[Customer], tellers: int) -> LobbyReport:
    """The next customer in line goes to the teller who is free soonest (lowest number on ties)."""
    if tellers < 1:
        raise ValueError("a lobby needs at least one teller")
    free_at = [0.0] * tellers
    report = LobbyReport(tellers)
    for customer in sorted(customers, key=lambda c: c.arrival):
        chosen, soonest = 0, 0.0
        for teller, time in enumerate(free_at):
            if time < soonest:
                chosen, soonest = teller, time
        start = max(customer.arrival, soonest)
        free_at[chosen] = start + customer.service
        report.visits.append(Visit(customer, chosen, start))
    return report
