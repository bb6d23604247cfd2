"""Queue of risky tool calls waiting for a human decision.

Reviewers see the riskiest pending call first; calls with the same risk
are shown in the order they were submitted. Decided calls are dropped from
the heap lazily, the next time someone looks at the front.
"""

from __future__ import annotations

import heapq
import itertools


class ApprovalQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[float, int, str]] = []
        self._order = itertools.count()
        self._status: dict[str, str] = {}
        self._calls: dict[str, dict] = {}

    def submit(self, call_id: str, tool: str, risk: float) -> None:
        if call_id in self._status:
            raise ValueError(f"duplicate call id {call_id!r}")
        self._calls[call_id] = {"tool": tool, "risk": risk, "reviewer": None}
        self._status[call_id] = "pending"
        heapq.heappush(self._heap, (next(self._order), -risk, call_id))

    def peek(self) -> str | None:
        """The pending call a reviewer should look at next, or None."""
        while self._heap and self._status[self._heap[0][2]] != "pending":
            heapq.heappop(self._heap)
        return self._heap[0][2] if self._heap else None

    def decide(self, call_id: str, approve: bool, reviewer: str) -> None:
        if self._status.get(call_id) != "pending":
            raise KeyError(f"{call_id!r} is not pending")
        self._status[call_id] = "approved" if approve else "denied"
        self._calls[call_id]["reviewer"] = reviewer

    def pending_count(self) -> int:
        return sum(1 for status in self._status.values() if status == "pending")

    def status(self, call_id: str) -> str:
        return self._status[call_id]

    def decided_by(self, reviewer: str) -> list[str]:
        return [cid for cid, call in self._calls.items() if call["reviewer"] == reviewer]
