import random

from smallest_covering_range import covering_window, smallest_covering_range


def brute(lists):
    values = sorted({v for values in lists for v in values})
    best = None
    for lo in values:
        for hi in values:
            if hi >= lo and all(any(lo <= v <= hi for v in vs) for vs in lists):
                if best is None or hi - lo < best[1] - best[0]:
                    best = (lo, hi)
    return best


def test_matches_brute_force():
    rng = random.Random(99)
    for _ in range(800):
        k = rng.randint(1, 4)
        lists = [sorted(rng.randint(-10, 15) for _ in range(rng.randint(1, 5))) for _ in range(k)]
        assert smallest_covering_range(lists) == brute(lists), lists


def test_single_list_is_a_point():
    assert smallest_covering_range([[3, 8, 9]]) == (3, 3)


def test_shared_value_gives_zero_width():
    assert smallest_covering_range([[1, 2, 3], [1, 2, 3], [1, 2, 3]]) == (1, 1)
    assert smallest_covering_range([[0, 7], [7, 9], [2, 7]]) == (7, 7)


def test_late_long_list_extends_high():
    assert smallest_covering_range([[10], [1, 30]]) == (1, 10)
    assert smallest_covering_range([[1, 4, 9], [2, 6], [8, 11]]) == (6, 9)


def test_several_ties_take_first():
    assert smallest_covering_range([[0, 10, 20], [2, 12, 22]]) == (0, 2)


def test_covering_window_single_source_and_ties():
    assert covering_window({"only": [9, 4]}) == (4, 4)
    assert covering_window({"a": [1, 11], "b": [4, 14]}) == (1, 4)
