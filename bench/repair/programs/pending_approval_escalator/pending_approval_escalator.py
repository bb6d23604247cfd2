"""Escalate approval requests that wait too long for a reviewer.

A pending request starts with the first reviewer tier in the chain. Every
full `step_seconds` without a decision moves it one tier up; once it reaches
the last tier (usually the on-call lead) it stays there until decided.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Pending:
    request_id: str
    submitted_at: float
    tier: int = 0


class Escalator:
    def __init__(self, chain: list[str], step_seconds: float) -> None:
        if not chain:
            raise ValueError("escalation chain is empty")
        if step_seconds <= 0:
            raise ValueError("step_seconds must be positive")
        self.chain = list(chain)
        self.step = step_seconds
        self.pending: dict[str, Pending] = {}

    def submit(self, request_id: str, now: float) -> str:
        self.pending[request_id] = Pending(request_id, now)
        return self.chain[0]

    def resolve(self, request_id: str) -> bool:
        return self.pending.pop(request_id, None) is not None

    def tick(self, now: float) -> list[tuple[str, str]]:
        """Move overdue requests up; return (request_id, new reviewer) for each move."""
        moved = []
        for request in sorted(self.pending.values(), key=lambda p: p.submitted_at):
            waited = now - request.submitted_at
            tier = min(int(waited // self.step), len(self.chain))
            if tier > request.tier:
                request.tier = tier
                moved.append((request.request_id, self.chain[tier]))
        return moved

    def reviewer(self, request_id: str) -> str:
        return self.chain[self.pending[request_id].tier]

    def at_top(self) -> list[str]:
        """Requests already sitting with the last tier."""
        top = len(self.chain) - 1
        return sorted(r.request_id for r in self.pending.values() if r.tier == top)
