import hashlib

import pytest

from idempotent_payload_keys import IdempotencyConflict, IdempotentSubmitter, payload_fingerprint


class Harness:
    def __init__(self):
        self.now = 100.0
        self.enqueued = []

    def clock(self):
        return self.now

    def enqueue(self, payload):
        self.enqueued.append(payload)
        return len(self.enqueued)


def test_fingerprint_ignores_key_order_at_every_depth():
    a = {"job": "charge", "args": {"currency": "EUR", "amount": 5, "meta": {"x": 1, "y": [1, 2]}}}
    b = {"args": {"meta": {"y": [1, 2], "x": 1}, "amount": 5, "currency": "EUR"}, "job": "charge"}
    assert payload_fingerprint(a) == payload_fingerprint(b)


def test_fingerprint_is_sha256_of_compact_sorted_json():
    expected = hashlib.sha256(b'{"a":[1,2],"b":{"c":null,"d":"e"}}').hexdigest()
    assert payload_fingerprint({"b": {"d": "e", "c": None}, "a": [1, 2]}) == expected


def test_fingerprint_distinguishes_list_order_and_values():
    assert payload_fingerprint({"a": [1, 2]}) != payload_fingerprint({"a": [2, 1]})
    assert payload_fingerprint({"a": 1}) != payload_fingerprint({"a": "1"})


def test_nested_reordered_retry_is_not_a_conflict():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock)
    s.submit("order-9", {"items": [{"sku": "x", "qty": 2}], "user": 3})
    assert s.submit("order-9", {"user": 3, "items": [{"qty": 2, "sku": "x"}]}) == (1, False)
    with pytest.raises(IdempotencyConflict):
        s.submit("order-9", {"user": 3, "items": [{"qty": 3, "sku": "x"}]})
    assert h.enqueued == [{"items": [{"sku": "x", "qty": 2}], "user": 3}]


def test_ttl_boundary_and_purge():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock, ttl=10)
    s.submit("a", {"n": 1})
    h.now = 105
    s.submit("b", {"n": 2})
    h.now = 109.9
    assert s.submit("a", {"n": 1}) == (1, False)
    h.now = 110
    assert s.purge() == 1
    assert s.submit("b", {"n": 2}) == (2, False)
    assert s.submit("a", {"n": 1}) == (3, True)


def test_distinct_keys_are_independent():
    h = Harness()
    s = IdempotentSubmitter(h.enqueue, h.clock)
    assert s.submit("a", {"n": 1}) == (1, True)
    assert s.submit("b", {"n": 1}) == (2, True)
    assert s.submit("a", {"n": 1}) == (1, False)
