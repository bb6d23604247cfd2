from interval_merge import free_slots, merge, total_busy


def test_disjoint_intervals_are_sorted():
    assert merge([(5, 6), (1, 2)]) == [(1, 2), (5, 6)]


def test_overlapping_meetings():
    assert merge([(9, 11), (10, 12), (14, 15)]) == [(9, 12), (14, 15)]


def test_back_to_back_meetings_form_one_block():
    assert merge([(9, 10), (10, 11), (13, 14)]) == [(9, 11), (13, 14)]


def test_total_busy():
    assert total_busy([(1, 4), (2, 6)]) == 5


def test_free_slots():
    assert free_slots([(10, 12)], 9, 17) == [(9, 10), (12, 17)]
