"""Coalesce a model's streamed text deltas into fewer, larger pieces for the UI."""

from collections.abc import Callable


class DeltaCoalescer:
    """Buffers deltas and releases text when a line is complete, when max_chars are
    waiting, or when interval seconds have passed since text was last released."""

    def __init__(self, clock: Callable[[], float], max_chars: int = 200,
                 interval: float = 0.05) -> None:
        self._clock = clock
        self._max_chars = max_chars
        self._interval = interval
        self._buffer: list[str] = []
        self._size = 0
        self._last_release = clock()

    def push(self, delta: str) -> list[str]:
        """Add one delta; returns the pieces released by it (often none)."""
        self._buffer.append(delta)
        self._size += len(delta)
        released = []
        if "\n" in delta:
            text = "".join(self._buffer)
            done, _, rest = text.rpartition("\n")
            released.append(done + "\n")
            self._buffer = [rest] if rest else []
            self._last_release = self._clock()
        overdue = self._clock() - self._last_release >= self._interval
        if self._buffer and (self._size >= self._max_chars or overdue):
            released.append(self.flush())
        return released

    def flush(self) -> str:
        """Release everything buffered (call once more when the stream ends)."""
        text = "".join(self._buffer)
        self._buffer = []
        self._size = 0
        self._last_release = self._clock()
        return text


def replay(timed_deltas: list[tuple[float, str]], max_chars: int = 200,
           interval: float = 0.05) -> list[str]:
    """Every piece released for deltas arriving at the given times (clock starts at the
    first arrival), including the final flush if it is not empty."""
    now = [timed_deltas[0][0] if timed_deltas else 0.0]
    coalescer = DeltaCoalescer(lambda: now[0], max_chars, interval)
    pieces: list[str] = []
    for at, delta in timed_deltas:
        now[0] = at
        pieces.extend(coalescer.push(delta))
    tail = coalescer.flush()
    return pieces + ([tail] if tail else [])
