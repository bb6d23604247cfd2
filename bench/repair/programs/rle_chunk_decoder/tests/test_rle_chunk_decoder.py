import pytest

from rle_chunk_decoder import RunLengthError, decode, decode_chunks


def test_simple_runs():
    assert decode("3a2bc") == "aaabbc"


def test_counts_over_nine():
    assert decode("12x") == "x" * 12
    assert decode("10y2z") == "y" * 10 + "zz"


def test_count_split_across_chunks():
    assert "".join(decode_chunks(["1", "2a", "b"])) == "a" * 12 + "b"


def test_leading_zero_rejected():
    with pytest.raises(RunLengthError):
        decode("05a")


def test_dangling_count_rejected():
    with pytest.raises(RunLengthError):
        decode("3a4")


def test_output_limit():
    with pytest.raises(RunLengthError):
        decode("5000a", max_output=1000)
