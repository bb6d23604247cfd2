from itertools import count, islice

from kway_iter_merge import kway_merge, merge_unique


def test_no_sources():
    assert list(kway_merge([])) == []


def test_single_source_passes_through():
    assert list(kway_merge([[1, 2, 2, 9]])) == [1, 2, 2, 9]


def test_empty_sources_are_skipped():
    assert list(kway_merge([[], [3, 4], []])) == [3, 4]


def test_three_sorted_lists():
    merged = kway_merge([[1, 4, 7], [2, 5, 8], [3, 6, 9]])
    assert list(merged) == [1, 2, 3, 4, 5, 6, 7, 8, 9]


def test_endless_sources_with_islice():
    evens = count(0, 2)
    odds = count(1, 2)
    assert list(islice(kway_merge([evens, odds]), 6)) == [0, 1, 2, 3, 4, 5]


def test_merge_unique_drops_repeats():
    assert list(merge_unique([[1, 3, 5], [1, 2, 3]])) == [1, 2, 3, 5]
