import random

from gpu_idle_windows import idle_windows


def brute(reservations, day_start, day_end, min_length):
    busy = {m for spans in reservations.values() for s, e in spans for m in range(s, e)}
    out, run = [], None
    for m in range(day_start, day_end + 1):
        free = m < day_end and m not in busy
        if free and run is None:
            run = m
        elif not free and run is not None:
            if m - run >= min_length:
                out.append((run, m))
            run = None
    return out


def test_reservation_straddles_window():
    reservations = {"a": [(100, 500)], "b": [(1000, 1500)]}
    assert idle_windows(reservations, 480, 1080) == [(500, 1000)]


def test_reservation_after_window_only():
    assert idle_windows({"a": [(200, 300)]}, 0, 100) == [(0, 100)]
    assert idle_windows({"a": [(100, 300)]}, 0, 100) == [(0, 100)]


def test_reservation_before_window_only():
    assert idle_windows({"a": [(0, 50)]}, 50, 80) == [(50, 80)]


def test_min_length_filters_short_gaps():
    reservations = {"a": [(10, 20), (25, 40)], "b": [(70, 95)]}
    assert idle_windows(reservations, 0, 100, min_length=10) == [(0, 10), (40, 70)]
    assert idle_windows(reservations, 0, 100, min_length=5) == [(0, 10), (20, 25), (40, 70), (95, 100)]


def test_fully_booked():
    assert idle_windows({"a": [(0, 30)], "b": [(30, 60)]}, 0, 60) == []


def test_random_against_minutes():
    rng = random.Random(9)
    for _ in range(300):
        reservations = {}
        for agent in ("a", "b", "c"):
            spans = []
            for _ in range(rng.randint(0, 3)):
                s = rng.randint(-10, 70)
                spans.append((s, s + rng.randint(1, 15)))
            reservations[agent] = spans
        day_start = rng.randint(0, 20)
        day_end = day_start + rng.randint(0, 40)
        min_length = rng.randint(1, 4)
        assert idle_windows(reservations, day_start, day_end, min_length) == \
            brute(reservations, day_start, day_end, min_length)
