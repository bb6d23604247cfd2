import pytest

from fewshot_pool_budget import ExamplePool


def test_readding_key_replaces_and_keeps_size_exact():
    pool = ExamplePool(budget=1000)
    pool.add("x", "first question", "first answer")
    pool.add("y", "q", "a")
    pool.add("x", "short", "s")
    assert pool.block() == "Q: q\nA: a\n\nQ: short\nA: s"
    assert pool.size == len(pool.block())


def test_trim_after_remove_does_not_overdrop():
    pool = ExamplePool(budget=40)
    pool.add("a", "alpha question", "alpha")
    pool.add("b", "beta", "b")
    pool.add("c", "gamma", "c")
    pool.remove("a")
    assert pool.trim() == []
    assert len(pool) == 2
    assert pool.size == len(pool.block())


def test_remove_all_then_size_zero():
    pool = ExamplePool(budget=50)
    for key in "pqr":
        pool.add(key, f"question {key}", key)
    for key in "qpr":
        pool.remove(key)
    assert len(pool) == 0
    assert pool.size == 0
    pool.add("s", "new", "n")
    assert pool.size == len("Q: new\nA: n")


def test_trim_drops_several_in_order():
    pool = ExamplePool(budget=12)
    pool.add("k1", "aaaa", "1")
    pool.add("k2", "bbbb", "2")
    pool.add("k3", "cc", "3")
    pool.add("k4", "d", "4")
    dropped = pool.trim()
    assert dropped == ["k1", "k2", "k3"]
    assert pool.block() == "Q: d\nA: 4"


def test_size_invariant_over_mixed_operations():
    pool = ExamplePool(budget=60)
    pool.add("a", "one", "uno")
    pool.add("b", "two", "dos")
    pool.add("a", "one again", "uno")
    pool.remove("b")
    pool.add("c", "three", "tres")
    pool.add("d", "four", "cuatro")
    pool.trim()
    assert pool.size == len(pool.block())
    assert pool.size <= 60


def test_remove_unknown_key_raises():
    pool = ExamplePool(budget=5)
    with pytest.raises(KeyError):
        pool.remove("nope")
