"""Per-tool circuit breakers: stop calling a tool that keeps failing, probe it after a cooldown."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class BreakerSettings:
    failure_threshold: int = 3
    cooldown_seconds: float = 30.0
    max_cooldown_seconds: float = 600.0


@dataclass
class Circuit:
    settings: BreakerSettings
    failures: int = 0
    opened_at: float | None = None
    cooldown_seconds: float = 0.0


class CircuitOpen(RuntimeError):
    def __init__(self, tool: str, retry_in: float) -> None:
        super().__init__(f"tool {tool!r} is disabled for another {retry_in:.0f}s")
        self.tool = tool
        self.retry_in = retry_in


class ToolBreakers:
    def __init__(self, defaults: BreakerSettings | None = None,
                 per_tool: dict[str, BreakerSettings] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.defaults = defaults or BreakerSettings()
        self.per_tool = per_tool or {}
        self.clock = clock
        self.circuits: dict[str, Circuit] = {}

    def circuit(self, tool: str) -> Circuit:
        if tool not in self.circuits:
            self.circuits[tool] = Circuit(self.per_tool.get(tool, self.defaults))
        return self.circuits[tool]

    def check(self, tool: str) -> None:
        """Raise CircuitOpen during the cooldown; once it is over, let a probe call through."""
        circuit = self.circuit(tool)
        if circuit.opened_at is None:
            return
        remaining = circuit.opened_at + circuit.settings.cooldown_seconds - self.clock()
        if remaining > 0:
            raise CircuitOpen(tool, remaining)

    def record_success(self, tool: str) -> None:
        circuit = self.circuit(tool)
        circuit.failures = 0
        circuit.opened_at = None

    def record_failure(self, tool: str) -> None:
        circuit = self.circuit(tool)
        circuit.failures += 1
        if circuit.opened_at is not None:  # the probe failed: back off harder
            circuit.cooldown_seconds = min(2 * circuit.cooldown_seconds,
                                           circuit.settings.max_cooldown_seconds)
            circuit.opened_at = self.clock()
        elif circuit.failures >= circuit.settings.failure_threshold:
            circuit.cooldown_seconds = circuit.settings.cooldown_seconds
            circuit.opened_at = self.clock()

    def call(self, tool: str, run: Callable[[], T]) -> T:
        self.check(tool)
        try:
            result = run()
        except Exception:
            self.record_failure(tool)
            raise
        self.record_success(tool)
        return result
