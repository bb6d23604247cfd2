import random

from insertion_sort import insertion_sort


def test_already_sorted_and_reversed():
    assert insertion_sort([1, 2, 3, 4]) == [1, 2, 3, 4]
    assert insertion_sort([4, 3, 2, 1]) == [1, 2, 3, 4]


def test_does_not_mutate_input():
    data = [3, 1, 2]
    insertion_sort(data)
    assert data == [3, 1, 2]


def test_random_lists_match_sorted():
    rng = random.Random(11)
    for _ in range(200):
        data = [rng.randint(-20, 20) for _ in range(rng.randint(0, 25))]
        assert insertion_sort(data) == sorted(data)


def test_stability_on_random_records():
    rng = random.Random(3)
    records = [(rng.randint(0, 4), i) for i in range(40)]
    assert insertion_sort(records, key=lambda r: r[0]) == sorted(records, key=lambda r: r[0])


def test_strings():
    assert insertion_sort(["pear", "apple", "fig"]) == ["apple", "fig", "pear"]
