"""Per-tool circuit breaker: stop offering a tool to the model after consecutive failures."""

import time
from collections.abc import Callable, Iterable


class ToolBreaker:
    """closed -> (threshold consecutive failures) -> open -> (cooldown) -> half_open.

    In half_open the next call is a trial: success closes the breaker, failure reopens it.
    """

    def __init__(
        self,
        threshold: int = 3,
        cooldown: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self.clock = clock
        self._streaks: dict[str, int] = {}
        self._opened_at: dict[str, float] = {}

    def state(self, tool: str) -> str:
        opened = self._opened_at.get(tool)
        if opened is None:
            return "closed"
        return "open" if self.clock() - opened < self.cooldown else "half_open"

    def allow(self, tool: str) -> bool:
        return self.state(tool) != "open"

    def available(self, tools: Iterable[str]) -> list[str]:
        """The tools to list in the next model request."""
        return [tool for tool in tools if self.allow(tool)]

    def streak(self, tool: str) -> int:
        return self._streaks.get(tool, 0)

    def record_failure(self, tool: str) -> None:
        self._streaks[tool] = self._streaks.get(tool, 0) + 1
        if self._streaks[tool] >= self.threshold or self.state(tool) == "half_open":
            self._opened_at[tool] = self.clock()

    def record_success(self, tool: str) -> None:
        self._streaks[tool] = 0

    def reset(self, tool: str) -> None:
        """Operator override: forget everything about the tool."""
        self._streaks.pop(tool, None)
        self._opened_at.pop(tool, None)
