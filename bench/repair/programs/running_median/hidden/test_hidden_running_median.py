import random
import statistics

from running_median import median, running_medians


def test_decreasing_stream():
    assert list(running_medians([9, 7, 5, 3, 1])) == [9, 8, 7, 6, 5]


def test_repeated_values():
    assert list(running_medians([4, 4, 4, 1, 9])) == [4, 4, 4, 4, 4]


def test_median_of_odd_count():
    assert median([10, -3, 7, 0, 2]) == 2


def test_lazy_over_a_generator():
    stream = running_medians(x * x for x in range(1, 4))
    assert next(stream) == 1
    assert next(stream) == 2.5
    assert next(stream) == 4


def test_random_against_statistics():
    rng = random.Random(17)
    for _ in range(200):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(1, 15))]
        expected = [statistics.median(values[:i]) for i in range(1, len(values) + 1)]
        assert list(running_medians(values)) == expected, values
        assert median(values) == statistics.median(values)
