"""Records nested, timed spans of an agent run for a trace viewer."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Span:
    span_id: int
    name: str
    parent_id: int | None
    start: float
    end: float | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def duration(self) -> float:
        return (self.end if self.end is not None else self.start) - self.start


class Tracer:
    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._open: list[Span] = []
        self.spans: list[Span] = []

    @contextmanager
    def span(self, name: str, **attributes: Any) -> Iterator[Span]:
        parent_id = self._open[-1].span_id if self._open else None
        record = Span(len(self.spans), name, parent_id, self._clock(), attributes=attributes)
        self.spans.append(record)
        self._open.append(record)
        try:
            yield record
        except Exception as exc:
            record.attributes["error"] = type(exc).__name__
            raise
        finally:
            record.end = self._clock()
            self._open.pop()

    def children(self, span: Span) -> list[Span]:
        return [other for other in self.spans if other.parent_id == span.span_id]

    def slow_spans(self, threshold: float) -> list[Span]:
        """Finished spans that took at least `threshold` seconds, slowest first."""
        finished = [s for s in self.spans if s.end is not None and s.duration > threshold]
        return sorted(finished, key=lambda s: s.duration, reverse=True)

    def export(self) -> list[dict[str, Any]]:
        """Flat records for the trace viewer; times in milliseconds since the first span."""
        origin = self.spans[0].start if self.spans else 0.0
        return [
            {
                "id": s.span_id,
                "parent": s.parent_id,
                "name": s.name,
                "start_ms": round((s.start - origin) * 1000, 3),
                "duration_ms": s.duration * 1000,
                "attributes": dict(s.attributes),
            }
            for s in self.spans
        ]
