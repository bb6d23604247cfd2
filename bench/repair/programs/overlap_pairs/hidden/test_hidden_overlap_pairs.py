import random

from overlap_pairs import Interval, conflicts, max_simultaneous, overlapping_pairs, overlaps


def _brute_pairs(intervals):
    ordered = sorted(intervals)
    return [(ordered[i], ordered[j])
            for i in range(len(ordered)) for j in range(i + 1, len(ordered))
            if overlaps(ordered[i], ordered[j])]


def test_random_intervals_against_brute_force():
    rng = random.Random(5)
    for _ in range(200):
        intervals = []
        for k in range(rng.randint(0, 8)):
            start = rng.randint(0, 12)
            intervals.append(Interval(start, start + rng.randint(1, 5), f"i{k}"))
        got = list(overlapping_pairs(intervals))
        assert sorted(got) == sorted(_brute_pairs(intervals))
        assert [first.start for first, _ in got] == sorted(first.start for first, _ in got)


def test_nested_intervals():
    outer = Interval(0, 100, "outer")
    inner = [Interval(10, 20, "x"), Interval(30, 40, "y")]
    assert list(overlapping_pairs([*inner, outer])) == [(outer, inner[0]), (outer, inner[1])]


def test_identical_bookings_clash_once():
    a = Interval(3, 4, "dup")
    assert list(overlapping_pairs([a, a])) == [(a, a)]


def test_single_interval_has_no_pairs():
    assert list(overlapping_pairs([Interval(1, 2, "solo")])) == []
    assert conflicts([Interval(1, 2, "solo")]) == {}


def test_zero_length_interval_at_a_boundary():
    marker = Interval(5, 5, "marker")
    assert list(overlapping_pairs([marker, Interval(5, 8, "later")])) == []
    assert list(overlapping_pairs([marker, Interval(2, 5, "earlier")])) == []


def test_conflicts_chain():
    chain = [Interval(0, 2, "a"), Interval(1, 3, "b"), Interval(2, 4, "c")]
    assert conflicts(chain) == {"a": {"b"}, "b": {"a", "c"}, "c": {"b"}}


def test_max_simultaneous_cases():
    assert max_simultaneous([]) == 0
    assert max_simultaneous([Interval(0, 1), Interval(1, 2)]) == 1
    assert max_simultaneous([Interval(0, 10), Interval(1, 9), Interval(2, 8)]) == 3
