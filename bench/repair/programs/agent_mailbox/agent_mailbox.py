"""Routes messages between the agents of a multi-agent run: direct, broadcast and replies."""

from collections.abc import Callable
from typing import Any

Message = dict[str, Any]


class Mailbox:
    def __init__(self, agents: list[str]) -> None:
        self.agents = list(agents)
        self.inboxes: dict[str, list[Message]] = {name: [] for name in self.agents}
        self.dead_letters: list[Message] = []
        self._sent: dict[str, Message] = {}
        self._routes: dict[str, Callable[[Message], list[str]]] = {
            "direct": self._direct,
            "broadcast": self._broadcast,
            "reply": self._reply,
        }

    def send(self, message: Message) -> list[str]:
        """Deliver a message; returns the agents it reached (none: it is a dead letter)."""
        route = self._routes.get(message.get("kind", "direct"))
        recipients = route(message) if route else []
        delivered = [name for name in recipients if name in self.inboxes]
        for name in delivered:
            self.inboxes[name].append(message)
        if not delivered:
            self.dead_letters.append(message)
        self._sent[message["id"]] = message
        return delivered

    def drain(self, agent: str) -> list[Message]:
        messages, self.inboxes[agent] = self.inboxes[agent], []
        return messages

    def _direct(self, message: Message) -> list[str]:
        return [message["to"]]

    def _broadcast(self, message: Message) -> list[str]:
        return [name for name in self.agents if name != message["from"]]

    def _reply(self, message: Message) -> list[str]:
        original = self._sent.get(message.get("in_reply_to", ""))
        if original is None:
            return []
        return [original["to"]]

    def thread(self, message_id: str) -> list[Message]:
        """The chain of messages that led to message_id, oldest first."""
        chain: list[Message] = []
        current = self._sent.get(message_id)
        while current is not None and len(chain) < len(self._sent):
            chain.append(current)
            current = self._sent.get(current.get("in_reply_to", ""))
        return chain[::-1]
