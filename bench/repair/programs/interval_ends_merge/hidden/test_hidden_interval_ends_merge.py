import random

from interval_ends_merge import Interval, covers, merge, total_length


def test_open_ends_meeting_at_a_point_stay_apart():
    left = Interval(0, 1, high_closed=False)
    right = Interval(1, 2, low_closed=False)
    assert merge([right, left]) == [left, right]
    assert not covers([left, right], 1)
    assert covers([left, right], 0.5) and covers([left, right], 1.5)


def test_point_interval_bridges_a_gap():
    parts = [Interval(0, 1, False, False), Interval(1, 2, False, False), Interval(1, 1)]
    assert merge(parts) == [Interval(0, 2, False, False)]


def test_many_groups():
    parts = [Interval(7, 8), Interval(0, 1), Interval(4, 5), Interval(0.5, 2), Interval(4.5, 4.6)]
    assert merge(parts) == [Interval(0, 2), Interval(4, 5), Interval(7, 8)]
    assert total_length(parts) == 4


def test_closed_start_wins_on_equal_lows():
    parts = [Interval(2, 3, low_closed=False), Interval(2, 2.5), Interval(6, 9, True, False)]
    assert merge(parts) == [Interval(2, 3), Interval(6, 9, True, False)]


def _random_interval(rng):
    low = rng.randint(0, 12) / 2
    high = low + rng.randint(0, 4) / 2
    return Interval(low, high, rng.random() < 0.5, rng.random() < 0.5)


def test_random_against_point_sampling():
    rng = random.Random(11)
    samples = [k / 4 for k in range(0, 45)]
    for _ in range(300):
        parts = [_random_interval(rng) for _ in range(rng.randint(0, 6))]
        merged = merge(parts)
        for x in samples:
            assert covers(parts, x) == any(x in p for p in parts)
            assert sum(x in m for m in merged) <= 1
        for a, b in zip(merged, merged[1:]):
            assert a.high < b.low or (a.high == b.low and not a.high_closed
                                      and not b.low_closed)
        assert all(not m.is_empty() for m in merged)
