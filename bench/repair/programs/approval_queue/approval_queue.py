"""Tool calls with side effects wait for a human's approval before they run."""

from dataclasses import dataclass, field
from typing import Any

Call = dict[str, Any]  # {"id": ..., "name": ..., "arguments": {...}}

NEEDS_APPROVAL = {"shell", "write_file", "send_email"}


@dataclass
class ApprovalQueue:
    pending: dict[str, Call] = field(default_factory=dict)
    approved: list[Call] = field(default_factory=list)
    denied: dict[str, str] = field(default_factory=dict)

    def submit(self, call: Call) -> str:
        """'run' if the call needs no approval, else 'pending' until approve() or deny()."""
        if call["name"] not in NEEDS_APPROVAL:
            return "run"
        self.pending[call["name"]] = call
        return "pending"

    def approve(self, call_id: str) -> Call:
        """The approved call, ready to run."""
        call = self.pending.pop(call_id)
        self.approved.append(call)
        return call

    def deny(self, call_id: str, reason: str) -> dict[str, str]:
        """The tool message that tells the model its call was refused."""
        call = self.pending[call_id]
        self.denied[call_id] = reason
        return {"role": "tool", "tool_call_id": call["id"], "content": f"denied by user: {reason}"}

    def status(self, call_id: str) -> str:
        if call_id in self.pending:
            return "pending"
        if call_id in self.denied:
            return "denied"
        if any(call["id"] == call_id for call in self.approved):
            return "approved"
        return "unknown"
