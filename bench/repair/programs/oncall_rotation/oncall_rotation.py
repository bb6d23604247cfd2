"""On-call rotation: people take turns in fixed-length shifts from an anchor; overrides win."""

from dataclasses import dataclass, field

Override = tuple[int, int, str]  # [start, end) in minutes, who covers


@dataclass
class Rotation:
    people: list[str]
    anchor: int  # minute the first person's first shift begins
    shift: int  # minutes per shift
    overrides: list[Override] = field(default_factory=list)  # added over time; later ones win

    def scheduled(self, minute: int) -> str:
        """Who the rotation itself puts on call; before the anchor it runs backwards."""
        turn = (minute - self.anchor) // self.shift
        return self.people[turn % len(self.people)]

    def on_call(self, minute: int) -> str:
        for start, end, who in self.overrides:
            if start <= minute < end:
                return who
        return self.scheduled(minute)

    def handoffs(self, start: int, end: int) -> list[tuple[int, str]]:
        """(minute, who) at start and at each change of who is on call within [start, end)."""
        points = {start}
        first = self.anchor + ((start - self.anchor) // self.shift + 1) * self.shift
        points.update(range(first, end, self.shift))
        for override_start, override_end, _ in self.overrides:
            points.update(p for p in (override_start, override_end) if start < p < end)
        changes: list[tuple[int, str]] = []
        for point in sorted(points):
            who = self.on_call(point)
            if not changes or changes[-1][1] != who:
                changes.append((point, who))
        return changes

    def minutes_on_call(self, start: int, end: int) -> dict[str, int]:
        changes = self.handoffs(start, end)
        totals: dict[str, int] = {}
        for (at, who), (until, _) in zip(changes, changes[1:] + [(end, "")]):
            totals[who] = totals.get(who, 0) + until - at
        return totals
