from interval_insert import free_slots, insert_interval, total_busy


def test_booking_in_a_gap():
    assert insert_interval([(9, 10), (14, 15)], (11, 12)) == [(9, 10), (11, 12), (14, 15)]


def test_booking_before_everything():
    assert insert_interval([(9, 10), (14, 15)], (7, 8)) == [(7, 8), (9, 10), (14, 15)]


def test_booking_spanning_two_meetings():
    busy = [(9, 10), (11, 12), (13, 14), (16, 17)]
    assert insert_interval(busy, (9, 13)) == [(9, 14), (16, 17)]


def test_booking_at_end_of_day():
    assert insert_interval([(9, 10), (14, 15)], (16, 18)) == [(9, 10), (14, 15), (16, 18)]


def test_free_slots():
    assert free_slots([(9, 10), (12, 13)], 8, 18) == [(8, 9), (10, 12), (13, 18)]


def test_total_busy():
    assert total_busy([(9, 10), (12, 15)]) == 4
