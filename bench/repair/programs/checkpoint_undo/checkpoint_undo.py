"""Conversation transcript with checkpoints the agent can roll back to after a bad turn."""

from typing import Any

Message = dict[str, Any]


class Transcript:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self._checkpoints: list[list[Message]] = []

    def add(self, role: str, content: str) -> None:
        self.messages.append({"role": role, "content": content})

    def checkpoint(self) -> int:
        """Remember the messages as they are now; returns the checkpoint's id."""
        self._checkpoints.append(self.messages)
        return len(self._checkpoints) - 1

    def rollback(self, checkpoint_id: int) -> int:
        """Restore a checkpoint (which stays available) and forget every later one.

        Returns how many messages were dropped.
        """
        if not 0 <= checkpoint_id < len(self._checkpoints):
            raise KeyError(checkpoint_id)
        saved = self._checkpoints[checkpoint_id]
        dropped = len(self.messages) - len(saved)
        self.messages = list(saved)
        del self._checkpoints[checkpoint_id:]
        return dropped

    @property
    def checkpoint_count(self) -> int:
        return len(self._checkpoints)
