"""Incremental decoder for a text/event-stream response body (server-sent events).

Network reads split the body anywhere, so ``feed`` keeps the unfinished last
line and returns only the events completed by the chunk just received.
"""
from dataclasses import dataclass


@dataclass
class Event:
    event: str = "message"
    data: str = ""
    id: str | None = None


class SSEDecoder:
    def __init__(self):
        self.retry = None
        self._pending = ""
        self._data = []
        self._event = None
        self._last_id = None

    def feed(self, chunk):
        self._pending += chunk
        *lines, self._pending = self._pending.split("\n")
        events = []
        for line in lines:
            event = self._process(line.rstrip("\r"))
            if event is not None:
                events.append(event)
        return events

    def _process(self, line):
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # comment, used as keep-alive
        name, _, value = line.partition(":")
        value = value.lstrip(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value.isdigit():
                self.retry = int(value)
        return None

    def _dispatch(self):
        if not self._data:
            self._event = None
            return None
        event = Event(self._event or "message", "\n".join(self._data), self._last_id)
        self._data = []
        self._event = None
        return event
