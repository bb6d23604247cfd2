from reply_repeat_suppressor import ReplySuppressor, fingerprint


def test_fingerprint_ignores_layout():
    assert fingerprint("A\tB") == fingerprint("a b")
    assert fingerprint("ab") != fingerprint("a b")


def test_eviction_order_over_many_replies():
    s = ReplySuppressor(capacity=3)
    assert s.filter([f"r{i}" for i in range(6)]) == [f"r{i}" for i in range(6)]
    assert [s.times_seen(f"r{i}") for i in range(6)] == [0, 0, 0, 1, 1, 1]
    assert not s.admit("r5")
    assert s.admit("r0")


def test_recently_repeated_survives_eviction():
    s = ReplySuppressor(capacity=3)
    s.filter(["a", "b", "c", "a", "b", "d", "e"])
    assert s.times_seen("a") == 0
    assert s.times_seen("b") == 2
    assert s.times_seen("c") == 0
    assert not s.admit("d")
    assert not s.admit("e")


def test_refresh_order_matters():
    s = ReplySuppressor(capacity=2)
    s.filter(["x", "y", "x", "z"])
    assert s.times_seen("x") == 2
    assert s.times_seen("y") == 0
    assert s.suppressed == 1
    assert s.admit("y")
    assert s.times_seen("x") == 0


def test_capacity_one():
    s = ReplySuppressor(capacity=1)
    assert s.filter(["a", "a", "b", "a", "a"]) == ["a", "b", "a"]
    assert s.suppressed == 2
