"""Retry calls to a flaky dependency behind a circuit that opens after repeated failures."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class TransientError(Exception):
    """A failure worth retrying (timeouts, 429s, 5xx)."""


class CircuitOpenError(Exception):
    pass


@dataclass
class Circuit:
    threshold: int = 3
    cooldown: float = 30.0
    failures: int = 0
    opened_at: float | None = None

    def allows(self, now: float) -> bool:
        """Closed, or open long enough that one trial call may go through (half-open)."""
        return self.opened_at is None or now - self.opened_at >= self.cooldown

    def record_failure(self, now: float) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = now

    def record_success(self) -> None:
        self.failures = 0
        self.opened_at = None

    def reset(self) -> None:
        """Close the circuit by hand, e.g. after an operator fixed the dependency."""
        self.opened_at = None


class Retrier:
    def __init__(self, circuit: Circuit, clock: Callable[[], float], attempts: int = 3) -> None:
        self.circuit = circuit
        self.clock = clock
        self.attempts = attempts

    def call(self, fn: Callable[[], T]) -> T:
        last_error: TransientError | None = None
        for _ in range(self.attempts):
            if not self.circuit.allows(self.clock()):
                raise CircuitOpenError("circuit open") from last_error
            try:
                result = fn()
            except TransientError as error:
                self.circuit.record_failure(self.clock())
                last_error = error
                continue
            self.circuit.record_success()
            return result
        assert last_error is not None
        raise last_error
