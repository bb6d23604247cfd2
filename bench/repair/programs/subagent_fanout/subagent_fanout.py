"""Plan sub-agent launches: at most `max_parallel` at once and `max_total` per turn."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SubagentRequest:
    name: str
    task: str
    priority: int = 0


@dataclass
class FanoutPlan:
    waves: list[list[SubagentRequest]] = field(default_factory=list)
    deferred: list[SubagentRequest] = field(default_factory=list)

    @property
    def launched(self) -> list[SubagentRequest]:
        return [request for wave in self.waves for request in wave]

    def names_by_wave(self) -> list[list[str]]:
        return [[request.name for request in wave] for wave in self.waves]


@dataclass
class FanoutLimits:
    max_parallel: int = 4
    max_total: int = 12

    def __post_init__(self) -> None:
        if self.max_parallel < 1 or self.max_total < 0:
            raise ValueError("max_parallel must be >= 1 and max_total >= 0")

    def plan(self, requests: list[SubagentRequest]) -> FanoutPlan:
        """Launch the most urgent requests first (ties keep their request order); whatever
        does not fit in `max_total` is deferred to the next turn."""
        names = [request.name for request in requests]
        if len(set(names)) != len(names):
            raise ValueError("sub-agent names must be unique")
        ordered = sorted(requests, key=lambda request: request.priority)
        admitted, deferred = ordered[: self.max_total], ordered[self.max_total :]
        waves = [
            admitted[start : start + self.max_parallel]
            for start in range(0, len(admitted), self.max_parallel)
        ]
        return FanoutPlan(waves, deferred)
