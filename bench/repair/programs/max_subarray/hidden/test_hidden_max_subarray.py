import random

from max_subarray import best_slice, best_trade, max_subarray


def _brute(values):
    best = None
    for start in range(len(values)):
        for end in range(start + 1, len(values) + 1):
            total = sum(values[start:end])
            key = (total, -end, -(end - start))
            if best is None or key > best[0]:
                best = (key, (total, start, end))
    return best[1]


def test_single_value():
    assert max_subarray([5]) == (5, 0, 1)
    assert best_slice([-4]) == [-4]


def test_whole_list_positive():
    assert max_subarray([1, 2, 3]) == (6, 0, 3)


def test_random_lists_match_brute_force_sum_and_slice():
    rng = random.Random(3)
    for _ in range(300):
        values = [rng.randint(-9, 9) for _ in range(rng.randint(1, 12))]
        total, start, end = max_subarray(values)
        assert total == _brute(values)[0]
        assert sum(values[start:end]) == total


def test_trade_spans_several_days():
    assert best_trade([7, 1, 5, 3, 6, 4]) == (5, 1, 4)
    assert best_trade([3]) == (0, 0, 0)
