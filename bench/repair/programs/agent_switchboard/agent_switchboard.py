"""Routes messages between cooperating agents: to a named agent, or round-robin within a role."""

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    sender: str
    body: str
    to: str | None = None
    role: str | None = None


class Switchboard:
    def __init__(self) -> None:
        self.inboxes: dict[str, deque[Message]] = {}
        self.roles: dict[str, str] = {}
        self.rotation: dict[str, list[str]] = {}
        self.turn: dict[str, int] = {}

    def join(self, name: str, role: str) -> None:
        if name in self.inboxes:
            raise ValueError(f"agent {name!r} has already joined")
        self.inboxes[name] = deque()
        self.roles[name] = role
        self.rotation.setdefault(role, []).append(name)

    def leave(self, name: str) -> list[Message]:
        """Removes an agent and hands back the messages it never read."""
        role = self.roles.pop(name)
        return list(self.inboxes.pop(name))

    def send(self, message: Message) -> str:
        """Delivers a message; returns the name of the agent that got it."""
        if message.to is not None:
            recipient = message.to
        elif message.role is not None:
            recipient = self._next_in(message.role)
        else:
            raise ValueError("a message needs a recipient or a role")
        if recipient not in self.inboxes:
            raise LookupError(f"no agent named {recipient!r}")
        self.inboxes[recipient].append(message)
        return recipient

    def _next_in(self, role: str) -> str:
        names = self.rotation.get(role)
        if not names:
            raise LookupError(f"no agent has the role {role!r}")
        index = self.turn.get(role, 0) % len(names)
        self.turn[role] = index + 1
        return names[index]

    def receive(self, name: str) -> Message | None:
        inbox = self.inboxes[name]
        return inbox.popleft() if inbox else None

    def pending(self) -> dict[str, int]:
        return {name: len(inbox) for name, inbox in self.inboxes.items()}
