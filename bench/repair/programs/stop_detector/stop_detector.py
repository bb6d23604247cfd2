"""Cut a streamed model reply at the first stop sequence, even one split across chunks."""

from collections.abc import Iterable


class StopDetector:
    def __init__(self, stops: list[str]) -> None:
        self.stops = [stop for stop in stops if stop]
        self.buffer = ""
        self.stopped = False

    def feed(self, chunk: str) -> str:
        """Text safe to show now; a tail that might begin a stop sequence is held back."""
        if self.stopped:
            return ""
        self.buffer += chunk
        hits = [i for i in (self.buffer.find(stop) for stop in self.stops) if i != -1]
        if hits:
            self.stopped = True
            out, self.buffer = self.buffer[: min(hits)], ""
            return out
        cut = len(self.buffer) - self._held_tail()
        out, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return out

    def flush(self) -> str:
        """End of stream: release whatever was held back."""
        out, self.buffer = self.buffer, ""
        return out

    def _held_tail(self) -> int:
        """Length of the longest end of the buffer that is the beginning of a stop sequence."""
        longest = max((len(stop) for stop in self.stops), default=0)
        for size in range(min(len(self.buffer), longest), 0, -1):
            tail = self.buffer[-size:]
            if any(tail.startswith(stop) for stop in self.stops):
                return size
        return 0


def cut_stream(chunks: Iterable[str], stops: list[str]) -> str:
    detector = StopDetector(stops)
    return "".join(detector.feed(chunk) for chunk in chunks) + detector.flush()
