from interval_merge import free_slots, merge


def test_touching_chain():
    assert merge([(3, 4), (1, 2), (2, 3)]) == [(1, 4)]


def test_contained_interval():
    assert merge([(1, 10), (2, 3), (10, 10)]) == [(1, 10)]


def test_empty_and_single():
    assert merge([]) == []
    assert merge([(4, 4)]) == [(4, 4)]


def test_free_slots_with_touching_busy_blocks():
    assert free_slots([(9, 10), (10, 12), (15, 17)], 9, 17) == [(12, 15)]
