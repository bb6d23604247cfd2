import itertools
import random

from rle_run_list_ops import concat, decode, encode, length, slice_runs, value_at


def test_concat_matches_encoding_of_joined_sequence():
    rng = random.Random(11)
    for _ in range(300):
        a = [rng.choice("ab") for _ in range(rng.randint(0, 8))]
        b = [rng.choice("ab") for _ in range(rng.randint(0, 8))]
        assert concat(encode(a), encode(b)) == encode(a + b)


def test_concat_merge_uneven_counts():
    assert concat([(1, 5)], [(1, 2), (3, 1)]) == [(1, 7), (3, 1)]
    assert concat([(0, 1), (1, 1)], [(1, 9)]) == [(0, 1), (1, 10)]
    assert length(concat([(7, 3)], [(7, 4)])) == 7


def test_concat_with_empty():
    runs = encode("zzq")
    assert concat(runs, []) == runs
    assert concat([], runs) == runs


def test_value_at_and_slice_reference():
    seq = list("aaaabbcddddde")
    runs = encode(seq)
    for i, v in enumerate(seq):
        assert value_at(runs, i) == v
    for start, stop in itertools.combinations_with_replacement(range(len(seq) + 1), 2):
        assert decode(slice_runs(runs, start, stop)) == seq[start:stop]
