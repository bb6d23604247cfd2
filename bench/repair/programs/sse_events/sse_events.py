"""Incremental server-sent-events parser (event, data, id and retry fields)."""

from dataclasses import dataclass


@dataclass
class ServerEvent:
    event: str = "message"
    data: str = ""
    id: str | None = None


class EventStreamParser:
    def __init__(self) -> None:
        self.pending = ""
        self.event_type = ""
        self.data_lines: list[str] = []
        self.last_event_id: str | None = None
        self.retry_ms: int | None = None

    def feed(self, chunk: str) -> list[ServerEvent]:
        """Feed text as it arrives; returns the events it completed."""
        self.pending += chunk
        events = []
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            line = line.removesuffix("\r")
            if not line:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
            elif not line.startswith(":"):
                self._field(line)
        return events

    def _field(self, line: str) -> None:
        parts = line.split(":")
        name = parts[0]
        value = parts[1].removeprefix(" ") if len(parts) > 1 else ""
        if name == "data":
            self.data_lines.append(value)
        elif name == "event":
            self.event_type = value
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)

    def _dispatch(self) -> ServerEvent | None:
        event_type, self.event_type = self.event_type, ""
        data_lines, self.data_lines = self.data_lines, []
        if not data_lines:
            return None
        return ServerEvent(event_type or "message", "\n".join(data_lines), self.last_event_id)
