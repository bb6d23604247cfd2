"""Notice when an agent is going round in circles: the same short cycle of tool calls
(same tool, same arguments) repeated back to back at the end of its history."""

import json
from typing import Any


def signature(tool: str, args: dict[str, Any]) -> str:
    return f"{tool}:{json.dumps(args, sort_keys=True, separators=(',', ':'))}"


def find_cycle(actions: list[str], max_period: int, repeats: int) -> int | None:
    """Smallest period p <= max_period such that the last p * repeats actions are one
    block of p actions repeated `repeats` times, or None."""
    for period in range(1, max_period):
        span = period * repeats
        if span > len(actions):
            break
        tail = actions[-span:]
        if all(tail[index] == tail[index % period] for index in range(span)):
            return period
    return None


class LoopGuard:
    def __init__(self, max_period: int = 3, repeats: int = 3) -> None:
        if max_period < 1 or repeats < 2:
            raise ValueError("need max_period >= 1 and repeats >= 2")
        self.max_period = max_period
        self.repeats = repeats
        self._history: list[str] = []
        self.warnings: list[str] = []

    def record(self, tool: str, args: dict[str, Any]) -> int | None:
        """Log a call; returns the cycle length when the agent is looping."""
        self._history.append(signature(tool, args))
        period = find_cycle(self._history, self.max_period, self.repeats)
        if period is not None:
            cycle = " -> ".join(self._history[-period:])
            self.warnings.append(f"repeated {self.repeats}x: {cycle}")
            self._history.clear()  # start fresh so one loop warns once
        return period
