import random

from quicksort import quicksort, top_k


def test_random_lists():
    rng = random.Random(10)
    for _ in range(200):
        values = [rng.randint(0, 9) for _ in range(rng.randint(0, 25))]
        assert quicksort(values) == sorted(values)


def test_does_not_mutate():
    data = [3, 1, 2]
    quicksort(data)
    assert data == [3, 1, 2]


def test_top_k_with_ties():
    assert top_k([1, 3, 3, 2], 3) == [3, 3, 2]
    assert top_k([], 2) == []
