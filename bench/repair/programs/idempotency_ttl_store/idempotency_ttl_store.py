"""Idempotency keys for side-effecting tool calls, forgotten after a time-to-live."""

import hashlib
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class KeyReusedError(Exception):
    """The same idempotency key came back with a different request."""


@dataclass
class _Entry:
    fingerprint: str
    result: Any
    expires_at: float


def fingerprint(payload: Mapping[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class IdempotencyStore:
    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._entries: dict[str, _Entry] = {}

    def run(self, key: str, payload: Mapping[str, Any], action: Callable[[], Any],
            ttl: float | None = None) -> Any:
        """Run `action` once per key; a repeat within the TTL gets the stored result."""
        now = self._clock()
        digest = fingerprint(payload)
        entry = self._entries.get(key)
        if entry is not None and entry.expires_at > now:
            if entry.fingerprint != digest:
                raise KeyReusedError(key)
            return entry.result
        result = action()
        ttl = self.ttl if ttl is None else ttl
        self._entries[key] = _Entry(digest, result, now + self.ttl)
        return result

    def purge(self) -> int:
        """Drop expired keys; returns how many were dropped."""
        now = self._clock()
        dropped = 0
        for key in self._entries:
            if self._entries[key].expires_at <= now:
                del self._entries[key]
                dropped += 1
        return dropped

    def __len__(self) -> int:
        now = self._clock()
        return sum(1 for entry in self._entries.values() if entry.expires_at > now)
