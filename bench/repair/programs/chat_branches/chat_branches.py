"""Branching chat history: fork a conversation or edit an earlier message, as chat UIs do."""

import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    id: int
    parent: int | None
    role: str
    content: str


class ChatTree:
    def __init__(self) -> None:
        self._messages: dict[int, Message] = {}
        self._ids = itertools.count(1)
        self.heads: dict[str, int | None] = {"main": None}
        self.current = "main"

    def say(self, role: str, content: str) -> Message:
        """Append a message to the current branch."""
        message = Message(next(self._ids), self.heads[self.current], role, content)
        self._messages[message.id] = message
        self.heads[self.current] = message.id
        return message

    def fork(self, name: str) -> None:
        """Start a new branch at the current message and continue on it."""
        self._check_new(name)
        self.heads[name] = self.heads[self.current]
        self.current = name

    def edit(self, message_id: int, content: str, name: str) -> Message:
        """Rewrite an earlier message on a new branch (the old one is kept) and continue there."""
        self._check_new(name)
        original = self._messages[message_id]
        edited = Message(next(self._ids), original.parent, original.role, content)
        self._messages[edited.id] = edited
        self.heads[name] = edited.id
        return edited

    def switch(self, name: str) -> None:
        if name not in self.heads:
            raise KeyError(name)
        self.current = name

    def history(self, branch: str | None = None) -> list[Message]:
        """Messages of a branch (default: the current one), oldest first."""
        node = self.heads[branch or self.current]
        chain: list[Message] = []
        while node is not None:
            message = self._messages[node]
            chain.append(message)
            node = message.parent
        return chain[::-1]

    def branches_with(self, message_id: int) -> list[str]:
        return sorted(name for name in self.heads
                      if any(message.id == message_id for message in self.history(name)))

    def _check_new(self, name: str) -> None:
        if name in self.heads:
            raise ValueError(f"branch {name!r} already exists")
