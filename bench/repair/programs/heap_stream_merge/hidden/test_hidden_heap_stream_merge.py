import itertools
import random

from heap_stream_merge import merge_sorted_streams, merge_unique, unique_sorted


def test_random_ints_match_sorted():
    rng = random.Random(5)
    for _ in range(200):
        streams = [sorted(rng.randint(0, 20) for _ in range(rng.randint(0, 6)))
                   for _ in range(rng.randint(1, 4))]
        everything = [value for stream in streams for value in stream]
        assert list(merge_sorted_streams(streams)) == sorted(everything)


def test_equal_keys_keep_stream_order():
    rng = random.Random(11)
    for _ in range(150):
        streams = []
        for name in "abc":
            times = sorted(rng.randint(0, 5) for _ in range(rng.randint(0, 5)))
            streams.append([(t, f"{name}{i}") for i, t in enumerate(times)])
        everything = [record for stream in streams for record in stream]
        merged = list(merge_sorted_streams(streams, key=lambda record: record[0]))
        assert merged == sorted(everything, key=lambda record: record[0])


def test_descending_key():
    merged = merge_sorted_streams([[9, 4, 1], [8, 7, 2]], key=lambda value: -value)
    assert list(merged) == [9, 8, 7, 4, 2, 1]


def test_reads_only_what_it_needs():
    pulled = []

    def numbers(start):
        for value in itertools.count(start, 3):
            pulled.append(value)
            yield value

    merged = merge_sorted_streams([numbers(0), numbers(1), numbers(2)])
    assert list(itertools.islice(merged, 7)) == [0, 1, 2, 3, 4, 5, 6]
    assert len(pulled) <= 10


def test_merge_unique_across_streams():
    assert merge_unique([[1, 3, 5], [1, 2, 3], [5, 6]]) == [1, 2, 3, 5, 6]
    words = merge_unique([["Apple", "cherry"], ["apple", "Banana"]], key=str.lower)
    assert words == ["Apple", "Banana", "cherry"]


def test_unique_sorted_with_key_keeps_first():
    rows = [("x", 1), ("x", 2), ("y", 3)]
    assert list(unique_sorted(rows, key=lambda row: row[0])) == [("x", 1), ("y", 3)]
