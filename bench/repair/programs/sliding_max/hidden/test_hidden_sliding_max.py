import random

from sliding_max import window_maxima, window_minima, window_spreads


def test_window_of_one_is_the_stream():
    assert list(window_maxima([5, 1, 4], 1)) == [5, 1, 4]
    assert list(window_minima([5, 1, 4], 1)) == [5, 1, 4]


def test_window_as_long_as_the_stream():
    assert list(window_maxima([2, 9, 4], 3)) == [9]
    assert list(window_minima([2, 9, 4], 3)) == [2]


def test_decreasing_stream():
    assert list(window_maxima([9, 8, 7, 6, 5, 4], 2)) == [9, 8, 7, 6, 5]


def test_increasing_stream_minima():
    assert list(window_minima([1, 2, 3, 4, 5], 3)) == [1, 2, 3]


def test_works_on_a_generator():
    assert list(window_maxima((x % 4 for x in range(8)), 2)) == [1, 2, 3, 3, 1, 2, 3]


def test_flat_spreads():
    assert window_spreads([3.0, 3.0, 3.0, 3.0], 2) == [0.0, 0.0, 0.0]


def test_random_against_brute_force():
    rng = random.Random(17)
    for _ in range(300):
        values = [rng.randint(-5, 5) for _ in range(rng.randint(0, 15))]
        size = rng.randint(1, 6)
        windows = [values[i - size + 1 : i + 1] for i in range(size - 1, len(values))]
        assert list(window_maxima(values, size)) == [max(w) for w in windows]
        assert list(window_minima(values, size)) == [min(w) for w in windows]
        assert window_spreads(values, size) == [max(w) - min(w) for w in windows]
