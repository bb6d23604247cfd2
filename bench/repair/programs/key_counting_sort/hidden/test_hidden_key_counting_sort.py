import random

from key_counting_sort import counting_sort, radix_sort, sort_by_length


def test_all_keys_at_maximum():
    items = [("a", 4), ("b", 4), ("c", 4)]
    assert counting_sort(items, lambda t: t[1], max_key=4) == items


def test_max_key_zero():
    assert counting_sort(["x", "y"], lambda _: 0, max_key=0) == ["x", "y"]


def test_stability_against_sorted():
    rng = random.Random(3)
    for _ in range(200):
        max_key = rng.randint(0, 6)
        items = [(rng.randint(0, max_key), i) for i in range(rng.randint(0, 20))]
        expected = sorted(items, key=lambda t: t[0])
        assert counting_sort(items, lambda t: t[0], max_key) == expected


def test_input_not_modified():
    values = [2, 1, 2, 0]
    counting_sort(values, lambda v: v, 2)
    assert values == [2, 1, 2, 0]


def test_radix_random_bases():
    rng = random.Random(5)
    for base in (2, 10, 16, 256):
        for _ in range(60):
            values = [rng.randint(0, 10**6) for _ in range(rng.randint(0, 25))]
            assert radix_sort(values, base) == sorted(values)


def test_radix_with_nines():
    assert radix_sort([99, 9, 909, 0, 90]) == [0, 9, 90, 99, 909]


def test_sort_by_length_longest_word():
    words = ["pear", "fig", "banana", "kiwi", "plum", "apple"]
    assert sort_by_length(words) == ["fig", "pear", "kiwi", "plum", "apple", "banana"]
    assert sort_by_length([]) == []
