"""Rebuilds tool calls from streamed chat-completion chunks.

After a dropped connection the provider replays the stream from the last event id the client
acknowledged, so some events arrive twice; and models sometimes emit the same call twice in
one turn. Both kinds of repeat are dropped here, before the calls are dispatched.
"""

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PendingCall:
    call_id: str = ""
    name: str = ""
    arguments: str = ""


@dataclass
class ToolCallStream:
    pending: dict[int, PendingCall] = field(default_factory=dict)
    last_event: int = -1

    def feed(self, event_id: int, chunk: dict[str, Any]) -> bool:
        """Apply one event; returns False for an event replayed after a reconnect."""
        if event_id <= self.last_event:
            return False
        self.last_event = event_id
        for choice in chunk.get("choices", []):
            for delta in choice.get("delta", {}).get("tool_calls") or []:
                call = self.pending.setdefault(delta["index"], PendingCall())
                call.call_id = chunk.get("id") or call.call_id
                function = delta.get("function") or {}
                call.name += function.get("name") or ""
                call.arguments += function.get("arguments") or ""
        return True

    def calls(self) -> list[dict[str, Any]]:
        """Finished calls in index order; a call repeating an earlier name and arguments is dropped."""
        result: list[dict[str, Any]] = []
        seen: set[str] = set()
        for index in sorted(self.pending):
            call = self.pending[index]
            arguments = json.loads(call.arguments or "{}")
            key = json.dumps([call.name, arguments], sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            result.append({"id": call.call_id, "name": call.name, "arguments": arguments})
        return result
