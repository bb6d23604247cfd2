from tenant_drr_scheduler import DeficitRoundRobin


def test_returning_tenant_starts_from_zero_credit():
    sched = DeficitRoundRobin(100)
    sched.submit("a", "small", 40)
    assert sched.next_round() == [("a", "small")]
    sched.submit("a", "large", 150)
    assert sched.next_round() == []
    assert sched.next_round() == [("a", "large")]


def test_no_burst_after_idling():
    sched = DeficitRoundRobin(100)
    sched.submit("a", "a0", 10)
    sched.submit("b", "b0", 10)
    sched.next_round()
    for i in range(1, 4):
        sched.submit("a", f"a{i}", 50)
    sched.submit("b", "b1", 50)
    assert sched.next_round() == [("a", "a1"), ("a", "a2"), ("b", "b1")]
    assert sched.next_round() == [("a", "a3")]
    assert sched.deficit == {"a": 0, "b": 0}


def test_backlogged_tenant_keeps_its_deficit():
    sched = DeficitRoundRobin(100)
    sched.submit("a", "r1", 70)
    sched.submit("a", "r2", 70)
    assert sched.next_round() == [("a", "r1")]
    assert sched.deficit["a"] == 30
    assert sched.next_round() == [("a", "r2")]
    assert sched.deficit["a"] == 0


def test_drain_counts_rounds():
    sched = DeficitRoundRobin(60)
    sched.submit("t", "one", 100)
    sched.submit("u", "two", 60)
    rounds = sched.drain()
    assert rounds == [[("u", "two")], [("t", "one")]]
    assert sched.pending() == 0
    assert sched.drain() == []
