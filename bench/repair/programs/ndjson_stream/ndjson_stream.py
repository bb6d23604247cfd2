"""Assembles newline-delimited JSON events from a chunked stream (streamed tool output)."""

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    offset: int  # where the event's line starts in the whole stream, for resuming
    data: Any


@dataclass
class NdjsonAssembler:
    pending: str = ""
    consumed: int = 0  # characters of the stream before `pending`
    errors: list[tuple[int, str]] = field(default_factory=list)

    def feed(self, chunk: str) -> list[Event]:
        """Events completed by this chunk; a partial last line waits for the next chunk."""
        *lines, self.pending = (self.pending + chunk).split("\n")
        events = []
        for line in lines:
            offset = self.consumed
            self.consumed += len(line)
            if not line:
                continue  # keep-alive blank lines
            try:
                events.append(Event(offset, json.loads(line)))
            except json.JSONDecodeError as error:
                self.errors.append((offset, error.msg))
        return events

    def close(self) -> list[Event]:
        """Events from a last line the stream ended without a newline."""
        return self.feed("\n") if self.pending else []

    def resume_offset(self) -> int:
        """Offset to request when reconnecting: the start of the first incomplete line."""
        return self.consumed
