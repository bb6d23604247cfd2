"""Shared blackboard for cooperating agents.

Every key carries a version; a write may name the version its author last read and is
refused if someone else wrote in between (compare-and-set). Agents poll `changes_since`
with a cursor to learn which keys moved.
"""

from dataclasses import dataclass, field
from typing import Any


class VersionConflict(Exception):
    def __init__(self, key: str, expected: int, actual: int) -> None:
        super().__init__(f"{key!r}: expected version {expected}, found {actual}")
        self.key, self.expected, self.actual = key, expected, actual


@dataclass(frozen=True)
class Change:
    key: str
    version: int
    author: str


@dataclass
class Blackboard:
    _values: dict[str, Any] = field(default_factory=dict)
    _versions: dict[str, int] = field(default_factory=dict)
    _log: list[Change] = field(default_factory=list)

    def read(self, key: str) -> tuple[Any, int]:
        """(value, version); a key never written reads as (None, 0)."""
        return self._values.get(key), self._versions.get(key, 0)

    def _check(self, key: str, expected: int | None) -> int:
        current = self._versions.get(key, 0)
        if expected is not None and expected != current:
            raise VersionConflict(key, expected, current)
        return current

    def post(self, key: str, value: Any, author: str, expected: int | None = None) -> int:
        """Replace the value; returns the new version."""
        version = self._check(key, expected) + 1
        self._values[key] = value
        self._versions[key] = version
        self._log.append(Change(key, version, author))
        return version

    def merge(self, key: str, patch: dict[str, Any], author: str,
              expected: int | None = None) -> int:
        """Update a dict value field by field (a missing key starts as {})."""
        version = self._check(key, expected) + 1
        current = self._values.get(key) or {}
        if not isinstance(current, dict):
            raise TypeError(f"{key!r} holds {type(current).__name__}, not a dict")
        self._values[key] = {**current, **patch}
        self._versions[key] = version
        return version

    def changes_since(self, cursor: int = 0) -> tuple[list[Change], int]:
        """Changes after the cursor, oldest first, and the cursor to pass next time."""
        return self._log[cursor:], len(self._log)

    def authors(self, key: str) -> list[str]:
        """Who wrote the key, in order, one entry per write."""
        return [change.author for change in self._log if change.key == key]
