"""State of one assistant turn while its tool calls are in flight."""

from typing import Any


class TurnState:
    """``status`` is "waiting_for_tools" while any call is pending, otherwise "ready"."""

    def __init__(self) -> None:
        self.pending: dict[str, str] = {}
        self.results: dict[str, Any] = {}
        self.cancelled: list[str] = []
        self.status = "ready"

    def _settle(self) -> None:
        self.status = "waiting_for_tools" if self.pending else "ready"

    def start_call(self, call_id: str, tool_name: str) -> None:
        if call_id in self.pending or call_id in self.results:
            raise ValueError(f"duplicate tool call id {call_id!r}")
        self.pending[call_id] = tool_name
        self._settle()

    def finish_call(self, call_id: str, result: Any) -> None:
        self.pending.pop(call_id)
        self.results[call_id] = result
        self._settle()

    def cancel_call(self, call_id: str) -> None:
        self.pending.pop(call_id)
        self.cancelled.append(call_id)

    def can_call_model(self) -> bool:
        return self.status == "ready"
