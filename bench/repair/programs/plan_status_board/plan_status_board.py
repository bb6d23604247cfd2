"""Tracks an agent's plan steps as they move through their statuses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

ALLOWED: dict[str, frozenset[str]] = {
    "pending": frozenset({"active", "skipped"}),
    "active": frozenset({"done", "failed", "pending"}),
    "failed": frozenset({"active", "skipped"}),
    "done": frozenset(),
    "skipped": frozenset(),
}
FINISHED = frozenset({"done", "skipped"})


class TransitionError(ValueError):
    pass


@dataclass
class Step:
    title: str
    status: str = "pending"
    attempts: int = 0
    errors: list[str] = field(default_factory=list)


class PlanBoard:
    def __init__(self, titles: list[str], max_attempts: int = 3) -> None:
        self.steps = [Step(title) for title in titles]
        self.max_attempts = max_attempts
        self.history: list[tuple[int, str, str]] = []
        self._on_enter: dict[str, Callable[[Step, str], None]] = {
            "active": self._start,
            "failed": self._fail,
        }

    def move(self, index: int, status: str, detail: str = "") -> Step:
        step = self.steps[index]
        if status not in ALLOWED[step.status]:
            raise TransitionError(f"{step.title}: cannot go from {step.status} to {status}")
        handler = self._on_enter.get(status)
        if handler is not None:
            handler(step, detail)
        step.status = status
        self.history.append((index, step.status, status))
        return step

    def _start(self, step: Step, detail: str) -> None:
        if self.active() is not None:
            raise TransitionError(f"{self.active()} is still active")
        if step.attempts >= self.max_attempts:
            raise TransitionError(f"{step.title}: out of attempts")
        step.attempts += 1

    def _fail(self, step: Step, detail: str) -> None:
        step.errors.append(detail or "unknown error")

    def active(self) -> str | None:
        return next((s.title for s in self.steps if s.status == "active"), None)

    def next_pending(self) -> int | None:
        return next((i for i, s in enumerate(self.steps) if s.status == "pending"), None)

    def progress(self) -> tuple[int, int]:
        return sum(s.status in FINISHED for s in self.steps), len(self.steps)
