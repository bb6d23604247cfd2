"""Re-orders events from concurrent workers before they are written to the trace."""

import heapq
import itertools
from typing import Any


class EventQueue:
    """Releases events by timestamp; equal timestamps keep their arrival order."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, dict[str, Any]]] = []
        self._arrival = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, timestamp: float, event: dict[str, Any]) -> None:
        heapq.heappush(self._heap, (next(self._arrival), timestamp, event))

    def pop(self) -> tuple[float, dict[str, Any]]:
        timestamp, _, event = heapq.heappop(self._heap)
        return timestamp, event

    def release_until(self, watermark: float) -> list[dict[str, Any]]:
        """Pop every event with a timestamp <= ``watermark``, oldest first."""
        released = []
        while self._heap and self._heap[0][0] <= watermark:
            released.append(self.pop()[1])
        return released
