"""Caps how many tool calls run at once, overall and per tool."""


class ConcurrencyGate:
    def __init__(self, total: int, per_tool: dict[str, int] | None = None) -> None:
        self.total = total
        self.per_tool = dict(per_tool or {})
        self.active = 0
        self.by_tool: dict[str, int] = {}

    def limit_for(self, tool: str) -> int:
        return self.per_tool.get(tool, self.total)

    def try_acquire(self, tool: str) -> bool:
        if self.active > self.total:
            return False
        if self.by_tool.get(tool, 0) >= self.limit_for(tool):
            return False
        self.active += 1
        self.by_tool[tool] = self.by_tool.get(tool, 0) + 1
        return True

    def release(self, tool: str) -> None:
        if not self.by_tool.get(tool):
            raise RuntimeError(f"release of {tool!r} without a matching acquire")
        self.active -= 1

    def in_flight(self, tool: str | None = None) -> int:
        return self.active if tool is None else self.by_tool.get(tool, 0)


def admit(gate: ConcurrencyGate, queue: list[str]) -> list[str]:
    """Start queued calls in order while the gate allows; returns the tools started.

    A call that cannot start yet stays queued without blocking later calls to other tools.
    """
    started = []
    for tool in list(queue):
        if gate.try_acquire(tool):
            queue.remove(tool)
            started.append(tool)
    return started
