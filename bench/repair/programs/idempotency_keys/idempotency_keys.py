"""Idempotency keys for side-effecting tool calls: when the agent retries a call with the
same arguments in the same session, the stored result is returned instead of running the
tool a second time."""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ToolCall:
    tool: str
    arguments: dict[str, Any]
    session_id: str

    def idempotency_key(self) -> str:
        payload = [self.session_id, self.tool, self.arguments]
        canonical = json.dumps(payload, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:32]


@dataclass
class StoredResult:
    session_id: str
    output: Any
    replays: int = 0


@dataclass
class IdempotentRunner:
    tools: dict[str, Callable[..., Any]]
    results: dict[str, StoredResult] = field(default_factory=dict)

    def run(self, call: ToolCall) -> Any:
        key = call.idempotency_key()
        stored = self.results.get(key)
        if stored is not None:
            stored.replays += 1
            return stored.output
        output = self.tools[call.tool](**call.arguments)
        self.results[key] = StoredResult(call.session_id, output)
        return output

    def forget_session(self, session_id: str) -> int:
        """Drop the stored results of one session; returns how many were dropped."""
        keys = [key for key, stored in self.results.items() if stored.session_id == session_id]
        for key in keys:
            del self.results[key]
        return len(keys)
