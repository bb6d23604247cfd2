import random

from histogram_equalize import equalize


def reference(values, levels):
    counts = [0] * levels
    for v in values:
        counts[v] += 1
    cdf, running = [], 0
    for c in counts:
        running += c
        cdf.append(running)
    cdf_min = min(c for c in cdf if c > 0)
    n = len(values)
    if n == cdf_min:
        return list(values)
    return [round((cdf[v] - cdf_min) * (levels - 1) / (n - cdf_min)) for v in values]


def test_known_small_case():
    assert equalize([0, 1, 1, 2, 3, 3, 3, 3], levels=8) == [0, 2, 2, 3, 7, 7, 7, 7]


def test_two_values_go_to_the_extremes():
    assert equalize([3, 5, 3, 5], levels=16) == [0, 15, 0, 15]


def test_order_is_preserved():
    values = [40, 41, 41, 42, 90, 91, 200]
    result = equalize(values)
    assert result == sorted(result)
    assert result[-1] == 255


def test_matches_reference_on_random_inputs():
    rng = random.Random(3)
    for _ in range(200):
        levels = rng.choice([4, 8, 16, 256])
        values = [rng.randrange(levels) for _ in range(rng.randint(1, 30))]
        assert equalize(values, levels) == reference(values, levels)
