"""Chat transcript that collapses runs of consecutive assistant messages before sending.

Some providers reject two assistant turns in a row; streaming retries and tool
loops produce them anyway, so the transcript merges each run into one message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Message:
    role: str
    content: str
    tool_calls: list[dict[str, Any]] = field(default_factory=list)


class Transcript:
    def __init__(self, separator: str = "\n\n") -> None:
        self.separator = separator
        self.messages: list[Message] = []

    def append(
        self, role: str, content: str, tool_calls: list[dict[str, Any]] | None = None
    ) -> None:
        self.messages.append(Message(role, content, list(tool_calls or [])))

    def collapsed(self) -> Iterator[Message]:
        """Messages in order, each assistant run merged; a tool call closes its run."""
        run: list[Message] = []
        for message in self.messages:
            if message.role == "assistant":
                run.append(message)
                if message.tool_calls:
                    yield self._merge(run)
                    run = []
                continue
            yield message
            if run:
                yield self._merge(run)
                run = []
        if run:
            yield self._merge(run)

    def _merge(self, run: list[Message]) -> Message:
        texts = [m.content.strip() for m in run if m.content.strip()]
        calls = [call for m in run for call in m.tool_calls]
        return Message("assistant", self.separator.join(texts), calls)

    def payload(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for message in self.collapsed():
            entry: dict[str, Any] = {"role": message.role, "content": message.content}
            if message.tool_calls:
                entry["tool_calls"] = message.tool_calls
            out.append(entry)
        return out
