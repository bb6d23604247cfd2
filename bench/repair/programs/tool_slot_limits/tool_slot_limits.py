"""Per-tool concurrency limits for an agent that runs tool calls in parallel."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager


class NoFreeSlot(RuntimeError):
    pass


class ToolSlots:
    def __init__(self, limits: dict[str, int], default_limit: int = 1, total_limit: int = 4):
        self.limits = dict(limits)
        self.default_limit = default_limit
        self.total_limit = total_limit
        self._running: Counter[str] = Counter()

    def limit_for(self, tool: str) -> int:
        return self.limits.get(tool, self.default_limit)

    def available(self, tool: str) -> int:
        busy = sum(self._running.values())
        running = self._running[tool]
        free_for_tool = self.limit_for(tool) - running
        free_overall = self.total_limit - running
        return max(0, min(free_for_tool, free_overall))

    def try_acquire(self, tool: str) -> bool:
        if self.available(tool) == 0:
            return False
        self._running[tool] += 1
        return True

    def release(self, tool: str) -> None:
        if self._running[tool] == 0:
            raise ValueError(f"{tool} has no running call to release")
        self._running[tool] -= 1

    @contextmanager
    def slot(self, tool: str) -> Iterator[None]:
        if not self.try_acquire(tool):
            raise NoFreeSlot(tool)
        try:
            yield
        finally:
            self.release(tool)

    def admit(self, queue: list[str]) -> tuple[list[str], list[str]]:
        """Start what the limits allow from a queue of tool names; the rest waits, in order."""
        started: list[str] = []
        waiting: list[str] = []
        for tool in queue:
            (started if self.try_acquire(tool) else waiting).append(tool)
        return started, waiting
