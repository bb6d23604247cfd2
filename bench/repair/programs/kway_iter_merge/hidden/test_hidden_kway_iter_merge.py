import random
from itertools import count, islice

from kway_iter_merge import kway_merge, merge_unique


def test_random_lists_match_sorted():
    rng = random.Random(7)
    for _ in range(200):
        sources = [sorted(rng.randint(-20, 20) for _ in range(rng.randint(0, 6)))
                   for _ in range(rng.randint(0, 5))]
        expected = sorted(x for source in sources for x in source)
        assert list(kway_merge(sources)) == expected


def test_key_and_stability_across_sources():
    first = [("a", 1), ("b", 3)]
    second = [("c", 1), ("d", 2), ("e", 3)]
    merged = list(kway_merge([first, second], key=lambda pair: pair[1]))
    assert merged == [("a", 1), ("c", 1), ("d", 2), ("b", 3), ("e", 3)]


def test_descending_key():
    merged = kway_merge([[9, 5, 1], [8, 7, 2]], key=lambda x: -x)
    assert list(merged) == [9, 8, 7, 5, 2, 1]


def test_uneven_lengths():
    assert list(kway_merge([[10], [1, 2, 3, 4, 11], [5]])) == [1, 2, 3, 4, 5, 10, 11]


def test_endless_and_finite_mixed():
    squares = (n * n for n in count())
    merged = islice(kway_merge([squares, [2, 3, 50]]), 9)
    assert list(merged) == [0, 1, 2, 3, 4, 9, 16, 25, 36]


def test_generators_consumed_lazily():
    pulled = []

    def source(values):
        for value in values:
            pulled.append(value)
            yield value

    merged = kway_merge([source([1, 10, 20]), source([2, 3, 30])])
    assert next(merged) == 1
    assert next(merged) == 2
    assert len(pulled) <= 4


def test_merge_unique_with_key_and_random():
    rng = random.Random(3)
    for _ in range(100):
        sources = [sorted(rng.randint(0, 9) for _ in range(rng.randint(0, 5)))
                   for _ in range(rng.randint(1, 4))]
        assert list(merge_unique(sources)) == sorted({x for s in sources for x in s})
    words = [["Apple", "cherry"], ["apple", "Banana"]]
    merged = list(merge_unique(words, key=str.lower))
    assert merged == ["Apple", "Banana", "cherry"]
