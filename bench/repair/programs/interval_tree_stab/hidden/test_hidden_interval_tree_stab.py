import random

from interval_tree_stab import Calendar


def brute(bookings, minute):
    return sorted(who for start, end, who in bookings if start <= minute < end)


def test_against_brute_force():
    rng = random.Random(2024)
    for _ in range(150):
        bookings = []
        for number in range(rng.randint(0, 14)):
            start = rng.randint(0, 40)
            bookings.append((start, start + rng.randint(0, 12), f"p{number % 5}"))
        cal = Calendar(bookings)
        for minute in range(-1, 55):
            assert cal.busy_at(minute) == brute(bookings, minute), (bookings, minute)


def test_start_of_booking_is_busy():
    cal = Calendar([(100, 200, "x"), (150, 160, "y"), (300, 400, "z")])
    assert cal.busy_at(100) == ["x"]
    assert cal.busy_at(150) == ["x", "y"]
    assert cal.busy_at(300) == ["z"]


def test_ends_exactly_at_the_query_minute():
    cal = Calendar([(0, 60, "a"), (30, 90, "b"), (60, 120, "c"), (90, 120, "d")])
    assert cal.busy_at(60) == ["b", "c"]
    assert cal.busy_at(90) == ["c", "d"]
    assert cal.busy_at(120) == []


def test_empty_bookings_are_ignored():
    cal = Calendar([(50, 50, "ghost"), (40, 60, "real")])
    assert cal.busy_at(50) == ["real"]


def test_all_free_right_after_a_meeting():
    cal = Calendar([(540, 600, "ana"), (600, 660, "ben")])
    assert cal.all_free(["ana"], 600, 700)
    assert not cal.all_free(["ben"], 540, 601)
    assert cal.all_free(["ben"], 540, 600)
