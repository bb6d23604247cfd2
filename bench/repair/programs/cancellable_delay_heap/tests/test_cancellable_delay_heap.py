from cancellable_delay_heap import DelayHeap


def test_pop_due_returns_jobs_in_due_order():
    h = DelayHeap()
    h.schedule("c", 30)
    h.schedule("a", 10)
    h.schedule("b", 20)
    assert h.pop_due(now=25) == ["a", "b"]
    assert h.pop_due(now=25) == []
    assert h.pop_due(now=30) == ["c"]
    assert len(h) == 0


def test_same_due_time_keeps_schedule_order():
    h = DelayHeap()
    for name in ("x", "y", "z"):
        h.schedule(name, 5)
    assert h.pop_due(now=5) == ["x", "y", "z"]


def test_cancelled_job_never_fires():
    h = DelayHeap()
    h.schedule("a", 10)
    h.schedule("b", 10)
    assert h.cancel("a") is True
    assert h.cancel("a") is False
    assert h.pop_due(now=10) == ["b"]


def test_reschedule_moves_job_later():
    h = DelayHeap()
    h.schedule("a", 10)
    assert h.schedule("a", 50) is True
    assert h.pop_due(now=20) == []
    assert h.due_at("a") == 50
    assert h.pop_due(now=50) == ["a"]


def test_keep_earlier_ignores_later_time():
    h = DelayHeap()
    h.schedule("a", 10)
    assert h.schedule("a", 40, keep_earlier=True) is False
    assert h.due_at("a") == 10


def test_next_due_skips_cancelled():
    h = DelayHeap()
    h.schedule("a", 5)
    h.schedule("b", 9)
    h.cancel("a")
    assert h.next_due() == 9
    assert "a" not in h
