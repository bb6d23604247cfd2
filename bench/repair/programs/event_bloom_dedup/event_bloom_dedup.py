"""De-duplicate agent events that the transport may deliver more than once.

A Bloom filter answers "definitely new" cheaply; a "maybe seen" answer is
confirmed against a bounded window of recent fingerprints, so a false positive
of the filter never drops a genuinely new event.
"""
import hashlib
import json
from collections import deque


def fingerprint(event):
    """Stable identity of an event: its type and payload, not delivery metadata."""
    body = {"type": event["type"], "payload": event.get("payload", {})}
    return hashlib.sha256(json.dumps(body).encode("utf-8")).hexdigest()


class EventDeduper:
    def __init__(self, num_bits=4096, num_hashes=4, window=1000):
        self.num_bits = num_bits
        self.num_hashes = num_hashes
        self.bits = 0
        self.recent = deque(maxlen=window)
        self.recent_set = set()
        self.dropped = 0

    def _positions(self, fp):
        h1 = int(fp[:16], 16)
        h2 = int(fp[16:32], 16) | 1
        return [(h1 + i * h2) % self.num_bits for i in range(self.num_hashes)]

    def _remember(self, fp):
        if len(self.recent) == self.recent.maxlen:
            self.recent_set.discard(self.recent[0])
        self.recent.append(fp)
        self.recent_set.add(fp)

    def is_duplicate(self, event):
        fp = fingerprint(event)
        positions = self._positions(fp)
        maybe_seen = all(self.bits >> p & 1 for p in positions)
        if maybe_seen and fp in self.recent_set:
            self.dropped += 1
            return True
        for p in positions:
            self.bits |= 1 << p
        self._remember(fp)
        return False

    def filter(self, events):
        """The events that are not duplicates, in arrival order."""
        return [e for e in events if not self.is_duplicate(e)]
