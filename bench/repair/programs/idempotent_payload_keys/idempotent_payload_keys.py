"""Idempotency keys for retried job submissions.

A client that times out retries its submission with the same idempotency key;
the store hands back the job created the first time instead of enqueueing a
duplicate. Reusing a key with a different payload is a client bug and is
rejected. Records expire ``ttl`` seconds after the first submission.
"""
import hashlib
import json


class IdempotencyConflict(Exception):
    """The key was already used for a different payload."""


def payload_fingerprint(payload):
    canonical = json.dumps(payload, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class IdempotentSubmitter:
    def __init__(self, enqueue, clock, ttl=24 * 3600):
        self._enqueue = enqueue
        self._clock = clock
        self.ttl = ttl
        self._records = {}

    def _live_record(self, key, now):
        record = self._records.get(key)
        if record is not None and record["expires_at"] <= now:
            del self._records[key]
            return None
        return record

    def submit(self, key, payload):
        """Return (job_id, created)."""
        now = self._clock()
        fingerprint = payload_fingerprint(payload)
        record = self._live_record(key, now)
        if record is not None:
            if record["fingerprint"] != fingerprint:
                raise IdempotencyConflict(f"key {key!r} reused with a different payload")
            return record["job_id"], False
        job_id = self._enqueue(payload)
        self._records[key] = {"job_id": job_id, "fingerprint": fingerprint,
                              "expires_at": now + self.ttl}
        return job_id, True

    def purge(self):
        now = self._clock()
        expired = [k for k, r in self._records.items() if r["expires_at"] <= now]
        for key in expired:
            del self._records[key]
        return len(expired)
