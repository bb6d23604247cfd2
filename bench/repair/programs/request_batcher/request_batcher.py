"""Groups model requests into provider batches bounded by request count and by tokens."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Request:
    id: str
    tokens: int


@dataclass
class Batch:
    number: int
    requests: list[Request] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return sum(request.tokens for request in self.requests)


class RequestBatcher:
    """Fills batches in arrival order; a request too large for any batch travels alone."""

    def __init__(self, max_requests: int, max_tokens: int) -> None:
        if max_requests < 1 or max_tokens < 1:
            raise ValueError("limits must be positive")
        self.max_requests = max_requests
        self.max_tokens = max_tokens
        self._pending: list[Request] = []
        self._pending_tokens = 0
        self._sent = 0

    def _fits(self, request: Request) -> bool:
        if len(self._pending) >= self.max_requests:
            return False
        return self._pending_tokens + request.tokens < self.max_tokens

    def _cut(self) -> Batch:
        self._sent += 1
        batch = Batch(self._sent, self._pending)
        self._pending, self._pending_tokens = [], 0
        return batch

    def add(self, request: Request) -> Batch | None:
        """Queues the request; returns the batch it closed, if any."""
        closed = None
        if not self._fits(request):
            closed = self._cut()
        self._pending.append(request)
        self._pending_tokens += request.tokens
        return closed

    def flush(self) -> Batch | None:
        return self._cut() if self._pending else None

    def batches(self, requests: Iterable[Request]) -> Iterator[Batch]:
        for request in requests:
            closed = self.add(request)
            if closed is not None:
                yield closed
        last = self.flush()
        if last is not None:
            yield last
