"""Records nested trace spans around agent steps and exports them as flat records."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SpanContext:
    trace_id: str
    span_id: str


@dataclass
class Span:
    name: str
    context: SpanContext
    parent: Span | None
    start: float
    end: float | None = None
    status: str = "ok"
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def duration(self) -> float | None:
        return None if self.end is None else self.end - self.start


class Tracer:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._ids = itertools.count(1)
        self._active: list[Span] = []
        self.finished: list[Span] = []

    def _new_id(self) -> str:
        return f"{next(self._ids):016x}"

    @contextmanager
    def span(self, name: str, **attributes: Any) -> Iterator[Span]:
        parent = self._active[-1] if self._active else None
        trace_id = parent.context.trace_id if parent else self._new_id()
        context = SpanContext(trace_id, self._new_id())
        span = Span(name, context, parent, self._clock(), attributes=attributes)
        self._active.append(span)
        try:
            yield span
        except Exception as error:
            span.status = f"error: {type(error).__name__}"
            raise
        finally:
            span.end = self._clock()
            self._active.pop()
            self.finished.append(span)

    def export(self) -> list[dict[str, Any]]:
        """Finished spans, in the order they ended."""
        return [
            {
                "name": span.name,
                "trace_id": span.context.trace_id,
                "span_id": span.context.span_id,
                "parent_id": span.context.span_id if span.parent else None,
                "duration": span.duration,
                "status": span.status,
                "attributes": dict(span.attributes),
            }
            for span in self.finished
        ]
