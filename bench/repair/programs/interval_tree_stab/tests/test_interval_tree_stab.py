from interval_tree_stab import Calendar


def day():
    return Calendar([
        (540, 600, "ana"),    # 09:00-10:00
        (570, 660, "ben"),    # 09:30-11:00
        (600, 630, "ana"),    # 10:00-10:30
        (780, 840, "cara"),   # 13:00-14:00
    ])


def test_nobody_booked_early():
    assert day().busy_at(480) == []


def test_overlapping_bookings():
    assert day().busy_at(575) == ["ana", "ben"]


def test_back_to_back_bookings_do_not_double_count():
    assert day().busy_at(600) == ["ana", "ben"]
    assert day().busy_at(630) == ["ben"]


def test_booking_is_over_at_its_end():
    cal = day()
    assert cal.busy_at(839) == ["cara"]
    assert cal.busy_at(840) == []
    assert cal.is_free("ben", 660)


def test_all_free_window():
    cal = day()
    assert cal.all_free(["ana", "cara"], 660, 780)
    assert cal.all_free(["ana", "ben"], 660, 700)
    assert not cal.all_free(["ben"], 650, 700)


def test_empty_calendar():
    assert Calendar([]).busy_at(100) == []
