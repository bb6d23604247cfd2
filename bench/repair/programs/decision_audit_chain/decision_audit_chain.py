"""Append-only audit trail of approval decisions, chained by hashes.

Every entry stores the hash of the one before it, so editing or deleting
an old decision is detected by `verify`.
"""

from __future__ import annotations

import hashlib
import json

GENESIS = "0" * 64
DECISIONS = ("approved", "denied", "escalated", "expired")


def _digest(body: dict) -> str:
    data = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class AuditTrail:
    def __init__(self) -> None:
        self.entries: list[dict] = []

    def record(self, action: str, decision: str, actor: str, at: float) -> dict:
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        body = {
            "seq": len(self.entries),
            "action": action,
            "decision": decision,
            "actor": actor,
            "at": at,
            "prev": self.entries[-1]["hash"] if self.entries else GENESIS,
        }
        entry = dict(body, hash=_digest(body))
        self.entries.append(entry)
        return entry

    def verify(self) -> int | None:
        """Index of the first entry that does not check out, or None if all do."""
        prev = GENESIS
        for index, entry in enumerate(self.entries):
            body = {key: value for key, value in entry.items() if key != "hash"}
            if entry.get("seq") != index or entry.get("prev") != prev:
                return index
            if _digest(body) != entry.get("hash"):
                return index
        return None

    def by_actor(self, actor: str) -> list[dict]:
        return [entry for entry in self.entries if entry["actor"] == actor]

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(DECISIONS, 0)
        for entry in self.entries:
            counts[entry["decision"]] += 1
        return counts
