from dedup_window_filter import DedupWindow


def test_first_copy_is_accepted():
    d = DedupWindow(window=60)
    assert d.accept("evt_1", now=0) is True


def test_repeat_inside_window_is_dropped():
    d = DedupWindow(window=60)
    d.accept("evt_1", now=0)
    assert d.accept("evt_1", now=30) is False
    assert d.accept("evt_1", now=59) is False


def test_distinct_ids_are_all_accepted():
    d = DedupWindow(window=60)
    assert [d.accept(f"evt_{i}", now=i) for i in range(5)] == [True] * 5
    assert d.remembered(now=10) == 5


def test_id_is_new_again_after_the_window():
    d = DedupWindow(window=60)
    d.accept("evt_1", now=0)
    assert d.accept("evt_1", now=75) is True


def test_memory_is_bounded():
    d = DedupWindow(window=60, max_ids=2)
    for event_id in ["a", "b", "c"]:
        d.accept(event_id, now=1)
    assert d.remembered(now=1) == 2
    assert d.accept("a", now=2) is True
