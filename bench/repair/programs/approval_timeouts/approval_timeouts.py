"""Human approval of risky tool calls; a request expires unless decided before its deadline.

Events are dicts:
    {"type": "request", "id": ..., "tool": ..., "at": t, "timeout": seconds (optional)}
    {"type": "approve" or "deny", "id": ..., "user": ..., "at": t}
    {"type": "tick", "at": t}
"""

from collections.abc import Callable
from typing import Any

Event = dict[str, Any]


class ApprovalBoard:
    def __init__(self, default_timeout: float = 300.0) -> None:
        self.default_timeout = default_timeout
        self.requests: dict[str, dict[str, Any]] = {}
        self._handlers: dict[str, Callable[[Event], None]] = {
            "request": self._on_request,
            "approve": self._on_decision,
            "deny": self._on_decision,
            "tick": self._on_tick,
        }

    def handle(self, event: Event) -> None:
        self._expire_overdue(event["at"])
        self._handlers[event["type"]](event)

    def _on_request(self, event: Event) -> None:
        timeout = event.get("timeout", self.default_timeout)
        self.requests[event["id"]] = {
            "tool": event["tool"],
            "status": "pending",
            "deadline": event["at"] + timeout,
            "decided_by": None,
        }

    def _on_decision(self, event: Event) -> None:
        request = self.requests[event["id"]]
        request["status"] = "approved" if event["type"] == "approve" else "denied"
        request["decided_by"] = event["id"]

    def _on_tick(self, event: Event) -> None:
        """Ticks only advance the clock; the expiry sweep in handle() does the work."""

    def _expire_overdue(self, now: float) -> None:
        for request in self.requests.values():
            if request["status"] == "pending" and now >= request["deadline"]:
                request["status"] = "expired"

    def decision(self, request_id: str) -> tuple[str, str | None]:
        """(status, who decided) of a request."""
        request = self.requests[request_id]
        return request["status"], request["decided_by"]

    def pending(self) -> list[str]:
        return [key for key, request in self.requests.items() if request["status"] == "pending"]
