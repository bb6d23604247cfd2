"""Timeouts for a streamed model response: time to first token, gap between chunks,
and total duration, checked against an injectable clock."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass


class StreamTimeout(Exception):
    def __init__(self, reason: str, waited: float) -> None:
        super().__init__(f"stream timed out ({reason}) after {waited:.1f}s")
        self.reason = reason
        self.waited = waited


@dataclass
class Watchdog:
    clock: Callable[[], float]
    first_chunk: float = 30.0
    idle: float = 10.0
    total: float = 300.0

    def __post_init__(self) -> None:
        self.started = self.clock()
        self.last_chunk: float | None = None

    def chunk_arrived(self) -> None:
        self.check()
        self.last_chunk = self.clock()

    def check(self) -> None:
        """Raise StreamTimeout if any limit is exceeded at the current time."""
        now = self.clock()
        if now - self.started > self.total:
            raise StreamTimeout("total", now - self.started)
        if self.last_chunk is None:
            if now - self.started > self.first_chunk:
                raise StreamTimeout("first_chunk", now - self.started)
        elif now - self.started > self.idle:
            raise StreamTimeout("idle", now - self.last_chunk)


def guarded(chunks: Iterable[str], watchdog: Watchdog) -> Iterator[str]:
    """Yield the chunks, raising StreamTimeout as soon as one arrives too late.
    The stream's end is checked too: a stream that stalls before finishing fails."""
    for chunk in chunks:
        watchdog.chunk_arrived()
        yield chunk
    watchdog.check()
