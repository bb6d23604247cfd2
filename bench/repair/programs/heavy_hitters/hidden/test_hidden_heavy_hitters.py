import random
from collections import Counter

from heavy_hitters import heavy_hitters, majority, misra_gries


def _expected(items, k):
    counts = Counter(items)
    order = {}
    for index, item in enumerate(items):
        order.setdefault(item, index)
    winners = [item for item, count in counts.items() if count * k > len(items)]
    return sorted(winners, key=lambda item: (-counts[item], order[item]))


def _streams(seed, count):
    rng = random.Random(seed)
    for _ in range(count):
        alphabet = "abcdefg"[: rng.randint(1, 7)]
        weights = [rng.random() ** 3 for _ in alphabet]
        yield rng.choices(alphabet, weights, k=rng.randint(0, 40))


def test_heavy_hitters_against_counting():
    for items in _streams(3, 400):
        for k in range(2, 7):
            assert heavy_hitters(items, k) == _expected(items, k), (items, k)


def test_summary_properties():
    for items in _streams(8, 300):
        truth = Counter(items)
        for k in range(2, 6):
            summary = misra_gries(items, k)
            assert len(summary) <= k - 1
            assert all(0 < count <= truth[item] for item, count in summary.items())
            for item, count in truth.items():
                if count * k > len(items):
                    assert item in summary, (items, k, item)


def test_boundary_counts():
    assert heavy_hitters(list("xyzzww"), 3) == []
    assert heavy_hitters(list("xyzzwww"), 3) == ["w"]
    assert majority(list("abab")) is None
    assert majority(list("ababa")) == "a"
    assert majority(list("bcaa")) is None
    assert majority(list("bcaaa")) == "a"


def test_majority_after_long_mixed_prefix():
    items = list(range(50)) + [7] * 51
    assert majority(items) == 7
    assert heavy_hitters(items, 2) == [7]


def test_works_on_one_pass_iterators():
    summary = misra_gries(iter("mississippi"), 3)
    assert set(summary) == {"i", "s"}
