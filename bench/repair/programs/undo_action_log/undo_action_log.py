"""Undo log for the reversible actions an agent performs.

Each reversible action is recorded together with the callable that reverts
it. `undo` walks the log backwards; `redo` re-applies what was undone. A new
action after an undo throws the redo history away, as text editors do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class Entry:
    label: str
    apply: Callable[[], None]
    revert: Callable[[], None]


class UndoLog:
    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self._done: list[Entry] = []
        self._undone: list[Entry] = []

    def perform(self, label: str, apply: Callable[[], None], revert: Callable[[], None]) -> None:
        apply()
        self._done.append(Entry(label, apply, revert))
        if len(self._done) > self.limit:
            self._done.pop(0)
        self._undone.clear()

    def undo(self, steps: int = 1) -> list[str]:
        labels = []
        for _ in range(steps):
            if not self._done:
                break
            entry = self._done.pop()
            entry.revert()
            self._undone.append(entry)
            labels.append(entry.label)
        return labels

    def redo(self, steps: int = 1) -> list[str]:
        labels = []
        for _ in range(steps):
            if not self._undone:
                break
            entry = self._undone.pop()
            entry.apply()
            labels.append(entry.label)
        return labels

    def history(self) -> list[str]:
        """Labels of the actions currently in effect, oldest first."""
        return [entry.label for entry in self._done]

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)
