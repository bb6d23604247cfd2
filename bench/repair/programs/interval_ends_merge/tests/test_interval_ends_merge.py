from interval_ends_merge import Interval, covers, merge, total_length


def test_overlapping_closed_intervals():
    assert merge([Interval(1, 4), Interval(2, 6), Interval(5, 8)]) == [Interval(1, 8)]


def test_unsorted_input_merges_into_one():
    assert merge([Interval(5, 9), Interval(0, 3), Interval(2, 6)]) == [Interval(0, 9)]


def test_separate_intervals_stay_apart():
    result = merge([Interval(0, 1), Interval(3, 4)])
    assert result == [Interval(0, 1), Interval(3, 4)]


def test_half_open_neighbours_join():
    result = merge([Interval(0, 1, high_closed=False), Interval(1, 2)])
    assert result == [Interval(0, 2)]


def test_empty_intervals_dropped():
    assert merge([Interval(3, 3, low_closed=False), Interval(5, 2)]) == []


def test_total_length():
    assert total_length([Interval(0, 2), Interval(1, 3), Interval(10, 11)]) == 4


def test_covers_respects_open_ends():
    spans = [Interval(0, 1, high_closed=False)]
    assert covers(spans, 0)
    assert not covers(spans, 1)
