import itertools
import random

import pytest

from booking_selection import Booking, accept_bookings, rejected, utilisation


def _compatible(bookings):
    ordered = sorted(bookings, key=lambda b: b.first_day)
    return all(a.last_day < b.first_day for a, b in zip(ordered, ordered[1:]))


def _best_count(requests):
    for size in range(len(requests), 0, -1):
        if any(_compatible(combo) for combo in itertools.combinations(requests, size)):
            return size
    return 0


def test_next_day_start_is_fine():
    first = Booking("a", 10, 12)
    second = Booking("b", 13, 13)
    assert accept_bookings([second, first]) == [first, second]


def test_same_single_day_only_once():
    requests = [Booking("a", 5, 5), Booking("b", 5, 5), Booking("c", 6, 6)]
    assert accept_bookings(requests) == [Booking("a", 5, 5), Booking("c", 6, 6)]
    assert rejected(requests) == [Booking("b", 5, 5)]


def test_chain_of_one_day_bookings():
    requests = [Booking(f"c{day}", day, day) for day in range(1, 8)]
    assert accept_bookings(requests) == requests


def test_overlapping_chain_takes_every_other():
    requests = [Booking(f"c{day}", day, day + 1) for day in range(0, 10)]
    assert [b.first_day for b in accept_bookings(requests)] == [0, 2, 4, 6, 8]


def test_random_against_brute_force():
    rng = random.Random(2024)
    for _ in range(300):
        requests = []
        for index in range(rng.randint(0, 7)):
            start = rng.randint(0, 12)
            requests.append(Booking(f"r{index}", start, start + rng.randint(0, 4)))
        accepted = accept_bookings(requests)
        assert _compatible(accepted)
        assert len(accepted) == _best_count(requests)
        assert len(accepted) + len(rejected(requests)) == len(requests)


def test_utilisation_of_accepted_set():
    requests = [Booking("a", 1, 4), Booking("b", 4, 6), Booking("c", 7, 8)]
    assert utilisation(accept_bookings(requests), 10) == pytest.approx(0.6)


def test_utilisation_needs_a_season():
    with pytest.raises(ValueError):
        utilisation([], 0)
