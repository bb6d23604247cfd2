import random

import pytest

from rle_chunk_decoder import RunLengthError, decode, decode_chunks


def encode(runs):
    return "".join((str(n) if n > 1 else "") + ch for ch, n in runs)


def test_counts_with_zeros_inside():
    assert decode("100a") == "a" * 100
    assert decode("20b101c") == "b" * 20 + "c" * 101


def test_zero_split_across_chunks():
    assert "".join(decode_chunks(["3", "0", "q"])) == "q" * 30


def test_zero_count_alone_rejected():
    with pytest.raises(RunLengthError):
        decode("0a")
    with pytest.raises(RunLengthError):
        "".join(decode_chunks(["2a", "0", "1b"]))


def test_output_exactly_at_limit_allowed():
    assert decode("5a5b", max_output=10) == "aaaaabbbbb"
    assert decode("x", max_output=1) == "x"


def test_output_one_over_limit_rejected():
    with pytest.raises(RunLengthError):
        decode("5a6b", max_output=10)


def test_random_runs_any_chunking():
    rng = random.Random(99)
    for _ in range(200):
        runs = [(rng.choice("abc-"), rng.randint(1, 120)) for _ in range(rng.randint(0, 8))]
        encoded = encode(runs)
        cuts = sorted(rng.sample(range(len(encoded) + 1), min(3, len(encoded) + 1)))
        chunks = [encoded[a:b] for a, b in zip([0] + cuts, cuts + [len(encoded)])]
        expected = "".join(ch * n for ch, n in runs)
        assert "".join(decode_chunks(chunks, max_output=len(expected))) == expected
