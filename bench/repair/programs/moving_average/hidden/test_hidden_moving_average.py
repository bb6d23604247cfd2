import random

import pytest

from moving_average import moving_average, moving_max


def _naive(values, window, partial):
    out = []
    for end in range(len(values)):
        chunk = values[max(0, end - window + 1):end + 1]
        if len(chunk) == window or partial:
            out.append(chunk)
    return out


def test_window_of_one_is_identity():
    assert moving_average([7, 8, 9], 1) == [7.0, 8.0, 9.0]
    assert moving_max([4, 2], 1) == [4, 2]


def test_window_equal_to_length():
    assert moving_average([1, 2, 3, 6], 4) == [3.0]


def test_partial_max():
    assert moving_max([5, 1, 7, 2], 2, partial=True) == [5, 5, 7, 7]


def test_random_against_naive():
    rng = random.Random(21)
    for _ in range(300):
        values = [rng.randint(-50, 50) for _ in range(rng.randint(0, 12))]
        window = rng.randint(1, 6)
        partial = rng.random() < 0.5
        expected = _naive(values, window, partial)
        assert moving_max(values, window, partial) == [max(c) for c in expected]
        averages = moving_average(values, window, partial)
        assert averages == pytest.approx([sum(c) / len(c) for c in expected])
