import pytest

from tenant_drr_scheduler import DeficitRoundRobin


def test_quantum_must_be_positive():
    with pytest.raises(ValueError):
        DeficitRoundRobin(0)


def test_cost_must_be_positive():
    sched = DeficitRoundRobin(100)
    with pytest.raises(ValueError):
        sched.submit("a", "r1", 0)


def test_tenants_take_turns():
    sched = DeficitRoundRobin(100)
    for rid in ("a1", "a2", "a3"):
        sched.submit("a", rid, 50)
    sched.submit("b", "b1", 100)
    assert sched.drain() == [
        [("a", "a1"), ("a", "a2"), ("b", "b1")],
        [("a", "a3")],
    ]


def test_large_request_waits_for_credit():
    sched = DeficitRoundRobin(100)
    sched.submit("a", "big", 250)
    sched.submit("b", "s1", 100)
    sched.submit("b", "s2", 100)
    assert sched.next_round() == [("b", "s1")]
    assert sched.next_round() == [("b", "s2")]
    assert sched.next_round() == [("a", "big")]
    assert sched.pending() == 0


def test_idle_tenant_holds_no_credit():
    sched = DeficitRoundRobin(100)
    sched.submit("a", "x", 30)
    assert sched.next_round() == [("a", "x")]
    assert sched.deficit["a"] == 0
