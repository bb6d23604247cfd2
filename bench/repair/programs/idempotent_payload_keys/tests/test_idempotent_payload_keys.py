import pytest

from idempotent_payload_keys import IdempotencyConflict, IdempotentSubmitter, payload_fingerprint


class Harness:
    def __init__(self):
        self.now = 0.0
        self.enqueued = []

    def clock(self):
        return self.now

    def enqueue(self, payload):
        self.enqueued.append(payload)
        return f"job-{len(self.enqueued)}"


def test_first_submission_creates_job():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock)
    assert s.submit("k1", {"to": "a@example.com"}) == ("job-1", True)
    assert h.enqueued == [{"to": "a@example.com"}]


def test_retry_returns_original_job():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock)
    s.submit("k1", {"to": "a@example.com", "template": "welcome"})
    h.now = 5
    retry = {"template": "welcome", "to": "a@example.com"}
    assert s.submit("k1", retry) == ("job-1", False)
    assert len(h.enqueued) == 1


def test_reused_key_with_other_payload_conflicts():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock)
    s.submit("k1", {"amount": 10})
    with pytest.raises(IdempotencyConflict):
        s.submit("k1", {"amount": 11})


def test_key_can_be_reused_after_ttl():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock, ttl=60)
    s.submit("k1", {"amount": 10})
    h.now = 61
    assert s.submit("k1", {"amount": 99}) == ("job-2", True)


def test_fingerprint_is_stable_hex():
    fp = payload_fingerprint({"a": 1})
    assert fp == payload_fingerprint({"a": 1})
    assert len(fp) == 64
