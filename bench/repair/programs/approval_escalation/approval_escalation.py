"""Approvals for risky tool calls, escalated to the next reviewer tier when nobody answers.

Reviewers answer in chat: "/approve 12 looks safe" or "/deny 12 touches prod". Everything after
the request id is kept verbatim as the comment.
"""

from dataclasses import dataclass

TIERS = ("on_call", "team_lead", "security")
VERDICTS = {"/approve": "approved", "/deny": "denied"}


@dataclass
class Request:
    id: int
    tool: str
    tier: int
    tier_since: float
    decision: str | None = None
    comment: str = ""
    decided_by: str | None = None


class ApprovalQueue:
    def __init__(self, escalate_after: float = 900.0) -> None:
        self.escalate_after = escalate_after
        self.requests: dict[int, Request] = {}

    def submit(self, tool: str, now: float) -> Request:
        request = Request(len(self.requests) + 1, tool, tier=0, tier_since=now)
        self.requests[request.id] = request
        return request

    def pending(self, tier: str | None = None) -> list[Request]:
        return [r for r in self.requests.values()
                if r.decision is None and (tier is None or TIERS[r.tier] == tier)]

    def escalate_overdue(self, now: float) -> list[Request]:
        """Move requests that waited escalate_after seconds at their tier up one tier."""
        moved = []
        for request in self.pending():
            top = request.tier == len(TIERS) - 1
            if not top and now - request.tier_since >= self.escalate_after:
                request.tier += 1
                request.tier_since = now
                moved.append(request)
        return moved

    def handle_reply(self, reviewer: str, reviewer_tier: str, text: str) -> Request:
        command, raw_id, *rest = text.strip().split()
        if command not in VERDICTS:
            raise ValueError(f"unknown command: {command}")
        request = self.requests[int(raw_id)]
        if request.decision is not None:
            raise ValueError(f"request {request.id} is already {request.decision}")
        if TIERS.index(reviewer_tier) < request.tier:
            raise PermissionError(f"request {request.id} needs {TIERS[request.tier]}")
        request.decision = VERDICTS[command]
        request.comment = rest[0] if rest else ""
        request.decided_by = reviewer
        return request
