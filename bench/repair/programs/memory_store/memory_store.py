"""Long-term memory for an agent: facts deduplicated by content, ranked by how often seen."""

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Memory:
    key: str
    kind: str
    payload: dict[str, Any]
    hits: int = 1
    tags: set[str] = field(default_factory=set)


def fingerprint(kind: str, payload: dict[str, Any]) -> str:
    """Stable id of a fact; the same content always yields the same id."""
    canonical = json.dumps({"kind": kind, "payload": payload})
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


class MemoryStore:
    def __init__(self) -> None:
        self._items: dict[str, Memory] = {}

    def remember(self, kind: str, payload: dict[str, Any], tags: tuple[str, ...] = ()) -> str:
        key = fingerprint(kind, payload)
        existing = self._items.get(key)
        if existing is not None:
            existing.hits += 1
            existing.tags.update(tags)
            return key
        self._items[key] = Memory(key, kind, payload, tags=set(tags))
        return key

    def forget(self, key: str) -> bool:
        return self._items.pop(key, None) is not None

    def recall(self, kind: str | None = None, tag: str | None = None,
               limit: int = 5) -> list[Memory]:
        """The most frequently remembered facts matching kind and tag."""
        found = [memory for memory in self._items.values()
                 if (kind is None or memory.kind == kind) and (tag is None or tag in memory.tags)]
        found.sort(key=lambda memory: memory.hits, reverse=True)
        return found[:limit]

    def __len__(self) -> int:
        return len(self._items)
