import random

from message_burst_window import first_over_limit, max_burst, throttled, window_counts


def brute_counts(timestamps, width):
    return [sum(1 for s in timestamps[: i + 1] if t - width < s <= t)
            for i, t in enumerate(timestamps)]


def test_message_exactly_width_older_drops_out():
    assert window_counts([0, 5, 10], 5) == [1, 1, 1]
    assert window_counts([0, 4.5, 9], 5) == [1, 2, 2]


def test_duplicate_timestamps_all_count():
    assert window_counts([3, 3, 3, 8], 5) == [1, 2, 3, 1]


def test_single_message():
    assert window_counts([42], 1) == [1]
    assert max_burst([42], 1) == 1


def test_max_burst():
    stamps = [0, 1, 2, 30, 30.5, 31, 31.2, 100]
    assert max_burst(stamps, 2) == 4
    assert max_burst(stamps, 1000) == 8


def test_first_over_limit_cases():
    assert first_over_limit([0, 1, 2], 10, 0) == 0
    assert first_over_limit([0, 1, 2], 10, 2) == 2
    assert first_over_limit([0, 1, 12, 13, 14], 10, 2) == 4
    assert first_over_limit([], 10, 0) is None


def test_throttled_window_edge():
    assert throttled([0, 0, 10, 10, 10], 10, 2) == [4]


def test_matches_brute_force():
    rng = random.Random(7)
    for _ in range(300):
        stamps = sorted(rng.randint(0, 40) for _ in range(rng.randint(0, 15)))
        width = rng.randint(1, 12)
        assert window_counts(stamps, width) == brute_counts(stamps, width)
        assert max_burst(stamps, width) == max(brute_counts(stamps, width), default=0)
