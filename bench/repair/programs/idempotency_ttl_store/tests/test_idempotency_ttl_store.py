import pytest

from idempotency_ttl_store import IdempotencyStore, KeyReusedError


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return f"charge-{self.calls}"


def test_repeat_gets_stored_result():
    clock, charge = FakeClock(), Counter()
    store = IdempotencyStore(ttl=60, clock=clock)
    assert store.run("k1", {"amount": 5}, charge) == "charge-1"
    clock.now += 30
    assert store.run("k1", {"amount": 5}, charge) == "charge-1"
    assert charge.calls == 1


def test_key_expires_after_ttl():
    clock, charge = FakeClock(), Counter()
    store = IdempotencyStore(ttl=60, clock=clock)
    store.run("k1", {"amount": 5}, charge)
    clock.now += 60
    assert store.run("k1", {"amount": 5}, charge) == "charge-2"


def test_same_key_different_request():
    store = IdempotencyStore(ttl=60, clock=FakeClock())
    store.run("k1", {"amount": 5}, Counter())
    with pytest.raises(KeyReusedError):
        store.run("k1", {"amount": 6}, Counter())


def test_per_call_ttl():
    clock, charge = FakeClock(), Counter()
    store = IdempotencyStore(ttl=60, clock=clock)
    store.run("short", {}, charge, ttl=5)
    clock.now += 10
    assert store.run("short", {}, charge) == "charge-2"


def test_purge_drops_expired_keys():
    clock = FakeClock()
    store = IdempotencyStore(ttl=60, clock=clock)
    store.run("old", {}, Counter())
    clock.now += 50
    store.run("new", {}, Counter())
    clock.now += 20
    assert store.purge() == 1
    assert len(store) == 1
