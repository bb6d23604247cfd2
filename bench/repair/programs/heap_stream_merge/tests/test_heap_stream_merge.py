import itertools

from heap_stream_merge import merge_sorted_streams, merge_unique, unique_sorted


def test_merge_two_lists():
    assert list(merge_sorted_streams([[1, 4, 7], [2, 5, 8]])) == [1, 2, 4, 5, 7, 8]


def test_empty_streams_are_skipped():
    assert list(merge_sorted_streams([[], [1, 2, 3], []])) == [1, 2, 3]
    assert list(merge_sorted_streams([])) == []


def test_merge_log_records_by_timestamp():
    api = [(1, "api start"), (5, "api done")]
    worker = [(2, "job picked"), (3, "job done")]
    merged = merge_sorted_streams([api, worker], key=lambda record: record[0])
    assert [message for _, message in merged] == ["api start", "job picked", "job done",
                                                  "api done"]


def test_unique_sorted():
    assert list(unique_sorted([1, 1, 2, 3, 3, 3])) == [1, 2, 3]


def test_merge_is_lazy():
    evens = itertools.count(0, 2)
    odds = itertools.count(1, 2)
    assert list(itertools.islice(merge_sorted_streams([evens, odds]), 6)) == [0, 1, 2, 3, 4, 5]


def test_merge_unique_single_stream():
    assert merge_unique([["a", "a", "b"]]) == ["a", "b"]
