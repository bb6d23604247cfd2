"""Work leases that expire unless their holder keeps sending heartbeats.

A worker acquires a lease on a key and gets a token; the lease lasts `ttl` seconds
from the last acquire or heartbeat. Once it runs out, anyone may take the key.
"""

from dataclasses import dataclass


@dataclass
class Lease:
    owner: str
    token: int
    expires_at: float


class LeaseTable:
    def __init__(self, ttl):
        self.ttl = ttl
        self._leases = {}
        self._next_token = 1

    def acquire(self, key, owner, now):
        """Token for the lease, or None if someone else holds a live lease."""
        lease = self._leases.get(key)
        if lease is not None and lease.expires_at > now:
            if lease.owner != owner:
                return None
            lease.expires_at = now + self.ttl
            return lease.token
        token = self._next_token
        self._next_token += 1
        self._leases[key] = Lease(owner, token, now + self.ttl)
        return token

    def heartbeat(self, key, token, now):
        """Extend a live lease; False if the token no longer holds it."""
        lease = self._leases.get(key)
        if lease is None or lease.token != token or lease.expires_at <= now:
            return False
        lease.expires_at = lease.expires_at + self.ttl
        return True

    def release(self, key, token):
        lease = self._leases.get(key)
        if lease is None or lease.token != token:
            return False
        del self._leases[key]
        return True

    def holder(self, key, now):
        lease = self._leases.get(key)
        if lease is None or lease.expires_at <= now:
            return None
        return lease.owner

    def reap(self, now):
        """Remove and return (sorted) the keys whose leases have run out."""
        gone = sorted(key for key, lease in self._leases.items() if lease.expires_at <= now)
        for key in gone:
            del self._leases[key]
        return gone
