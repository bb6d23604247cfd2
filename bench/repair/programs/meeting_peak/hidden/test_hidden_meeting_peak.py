import random

import pytest

from meeting_peak import is_conflict_free, peak_overlap, rooms_needed


def _brute(events):
    best, best_at = 0, None
    for t in sorted({start for start, end in events if end > start}):
        count = sum(1 for start, end in events if start <= t < end)
        if count > best:
            best, best_at = count, t
    return best, best_at


def test_chain_of_touching_events_peaks_at_first():
    assert peak_overlap([(1, 2), (2, 3), (3, 4)]) == (1, 1)


def test_unsorted_input_with_touching_ends():
    events = [(30, 40), (0, 10), (10, 20), (20, 30), (5, 10)]
    assert peak_overlap(events) == (2, 5)
    assert rooms_needed(events) == 2


def test_schedule_handing_over_rooms_is_conflict_free():
    assert is_conflict_free([(13.5, 14.0), (14.0, 14.25), (14.25, 15.0)])


def test_zero_length_events_take_no_room():
    assert peak_overlap([(5, 5), (5, 5)]) == (0, None)
    assert rooms_needed([(1, 4), (4, 4), (2, 3)]) == 2


def test_reversed_event_rejected_among_good_ones():
    with pytest.raises(ValueError):
        rooms_needed([(1, 2), (9, 8)])


def test_random_against_brute_force():
    rng = random.Random(2024)
    for _ in range(400):
        events = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 12)
            events.append((start, start + rng.randint(0, 5)))
        assert peak_overlap(events) == _brute(events), events
