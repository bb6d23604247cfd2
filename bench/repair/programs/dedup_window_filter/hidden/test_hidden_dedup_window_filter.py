from dedup_window_filter import DedupWindow


def test_window_boundary_is_exclusive():
    d = DedupWindow(window=10)
    assert d.accept("x", now=100)
    assert d.accept("x", now=109.9) is False
    assert d.accept("x", now=110) is True
    assert d.accept("x", now=115) is False


def test_expiry_without_other_traffic_many_ids():
    d = DedupWindow(window=5)
    for i in range(4):
        assert d.accept(f"e{i}", now=i)
    assert d.accept("e0", now=5) is True
    assert d.accept("e1", now=5) is False
    assert d.accept("e1", now=6) is True
    assert d.remembered(now=6) == 4  # e2, e3, e0 (again) and e1 (again)


def test_retry_storm_of_one_id():
    d = DedupWindow(window=30)
    results = [d.accept("same", now=t) for t in range(0, 100, 10)]
    assert results == [True, False, False, True, False, False, True, False, False, True]


def test_remembered_drops_expired():
    d = DedupWindow(window=10)
    d.accept("a", now=0)
    d.accept("b", now=5)
    assert d.remembered(now=9) == 2
    assert d.remembered(now=10) == 1
    assert d.remembered(now=15) == 0


def test_cap_forgets_oldest_first():
    d = DedupWindow(window=100, max_ids=3)
    for event_id in "abcd":
        d.accept(event_id, now=0)
    assert d.accept("b", now=1) is False
    assert d.accept("a", now=1) is True
