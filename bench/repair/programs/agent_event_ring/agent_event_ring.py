"""Bounded log of an agent run's recent events, feeding the status panel."""
from collections import Counter, deque


class EventRing:
    def __init__(self, capacity):
        self.capacity = capacity
        self._events = deque()
        self.by_kind = Counter()  # kinds of the events currently held
        self.dropped = 0

    def __len__(self):
        return len(self._events)

    def record(self, kind, payload=None):
        self._events.append((kind, payload))
        self.by_kind[kind] += 1
        self._trim()

    def record_many(self, events):
        for kind, payload in events:
            self._events.append((kind, payload))
            self.by_kind[kind] += 1
        self._trim()

    def _trim(self):
        while len(self._events) > self.capacity:
            kind, _ = self._events.popleft()
            self.by_kind[kind] -= 1
            if not self.by_kind[kind]:
                del self.by_kind[kind]
            self.dropped += 1

    def last(self, n=1, kind=None):
        """The n most recent events (of one kind, if given), oldest first."""
        picked = [e for e in self._events if kind is None or e[0] == kind]
        return picked[-n:] if n > 0 else []

    def drain(self, kind=None):
        """Hand over the held events (all, or one kind) and stop holding them."""
        if kind is None:
            taken = list(self._events)
            self._events.clear()
            self.by_kind.clear()
            return taken
        taken = [e for e in self._events if e[0] == kind]
        self._events = deque(e for e in self._events if e[0] != kind)
        return taken

    def summary(self):
        return {
            "held": len(self._events),
            "dropped": self.dropped,
            "by_kind": dict(sorted(self.by_kind.items())),
        }
