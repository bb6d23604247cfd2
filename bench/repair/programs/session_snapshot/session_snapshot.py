"""Save agent chat sessions as JSON-ready dicts and load them back (schema versions 1 and 2)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 2


@dataclass
class Turn:
    role: str
    content: str
    tool_calls: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Session:
    id: str
    model: str
    turns: list[Turn] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "id": self.id,
            "model": self.model,
            "turns": [asdict(turn) for turn in self.turns],
            "metadata": dict(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        version = data.get("version", 1)
        if version > SCHEMA_VERSION:
            raise ValueError(f"session saved by a newer version (schema {version})")
        turns = []
        for raw in data["turns"]:
            # schema 1 kept the message text under "text"
            content = raw["content"] if version >= 2 else raw["text"]
            turns.append(Turn(raw["role"], content, list(data.get("tool_calls", []))))
        return cls(data["id"], data["model"], turns, dict(data.get("metadata", {})))


def dumps(session: Session) -> str:
    return json.dumps(session.to_dict(), sort_keys=True)


def loads(text: str) -> Session:
    return Session.from_dict(json.loads(text))
