import itertools
import random
import statistics

from window_median_gen import sliding_medians


def _expected(values, width):
    return [statistics.median(values[i:i + width]) for i in range(len(values) - width + 1)]


def test_width_one_returns_values():
    assert list(sliding_medians([3, -2, 7, 7], 1)) == [3, -2, 7, 7]


def test_even_width_with_duplicates():
    values = [2, 2, 5, 1, 1, 1, 9, 2]
    assert list(sliding_medians(values, 4)) == _expected(values, 4)


def test_random_against_statistics():
    rng = random.Random(5)
    for _ in range(200):
        values = [rng.randint(-5, 5) for _ in range(rng.randint(0, 15))]
        width = rng.randint(1, 6)
        assert list(sliding_medians(values, width)) == _expected(values, width)


def test_float_values():
    values = [0.5, 2.25, -1.0, 3.5, 3.5, 0.0]
    assert list(sliding_medians(values, 2)) == _expected(values, 2)


def test_consumes_only_what_it_needs():
    seen = []

    def source():
        for value in itertools.count(10, -3):
            seen.append(value)
            yield value

    medians = sliding_medians(source(), 3)
    assert list(itertools.islice(medians, 2)) == [7, 4]
    assert len(seen) == 4


def test_works_on_a_one_shot_iterator():
    values = [9, 1, 8, 2, 7, 3]
    assert list(sliding_medians(iter(values), 5)) == _expected(values, 5)
