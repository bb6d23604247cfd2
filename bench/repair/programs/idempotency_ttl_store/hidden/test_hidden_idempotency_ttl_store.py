from idempotency_ttl_store import IdempotencyStore, fingerprint


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def counting():
    calls = []

    def action():
        calls.append(1)
        return len(calls)
    return action, calls


def test_long_per_call_ttl_outlives_default():
    clock = FakeClock()
    store = IdempotencyStore(ttl=10, clock=clock)
    action, calls = counting()
    store.run("k", {"x": 1}, action, ttl=100)
    clock.now = 50
    assert store.run("k", {"x": 1}, action) == 1
    assert len(calls) == 1
    assert len(store) == 1


def test_short_per_call_ttl_counts_as_expired():
    clock = FakeClock()
    store = IdempotencyStore(ttl=300, clock=clock)
    store.run("a", {}, lambda: "a", ttl=1)
    store.run("b", {}, lambda: "b")
    clock.now = 2
    assert len(store) == 1
    assert store.purge() == 1


def test_purge_everything_expired():
    clock = FakeClock()
    store = IdempotencyStore(ttl=5, clock=clock)
    for index in range(6):
        store.run(f"k{index}", {"i": index}, lambda: None)
    clock.now = 5
    assert store.purge() == 6
    assert len(store) == 0
    assert store.purge() == 0


def test_purge_keeps_live_keys_and_their_results():
    clock = FakeClock()
    store = IdempotencyStore(ttl=10, clock=clock)
    store.run("a", {}, lambda: "first")
    clock.now = 4
    store.run("b", {}, lambda: "second")
    store.run("c", {}, lambda: "third", ttl=3)
    clock.now = 11
    assert store.purge() == 2
    assert store.run("b", {}, lambda: "again") == "second"


def test_expired_key_may_be_reused_for_another_request():
    clock = FakeClock()
    store = IdempotencyStore(ttl=10, clock=clock)
    store.run("k", {"amount": 1}, lambda: "one")
    clock.now = 10
    assert store.run("k", {"amount": 2}, lambda: "two") == "two"


def test_fingerprint_ignores_key_order():
    assert fingerprint({"a": 1, "b": [1, 2]}) == fingerprint({"b": [1, 2], "a": 1})
    assert fingerprint({"a": 1}) != fingerprint({"a": 2})
