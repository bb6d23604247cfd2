from stable_segments import Segment, longest_stable, stable_segments


def test_no_readings():
    assert list(stable_segments([], 1.0)) == []
    assert longest_stable([], 1.0) is None


def test_flat_series_is_one_segment():
    assert list(stable_segments([20.0, 20.1, 19.9, 20.0], 0.5)) == [Segment(0, 4, 19.9, 20.1)]


def test_short_spike_at_the_end_is_dropped():
    assert list(stable_segments([3.0, 3.0, 3.2, 9.0], 0.5)) == [Segment(0, 3, 3.0, 3.2)]


def test_two_plateaus():
    readings = [1.0, 1.1, 1.0, 5.0, 5.2, 5.1]
    assert list(stable_segments(readings, 0.3)) == [
        Segment(0, 3, 1.0, 1.1),
        Segment(3, 6, 5.0, 5.2),
    ]


def test_longest_stable():
    assert longest_stable([0.0, 4.0, 4.1, 4.0, 8.0], 0.2) == Segment(1, 4, 4.0, 4.1)


def test_segment_length():
    assert Segment(2, 7, 0.0, 1.0).length == 5
