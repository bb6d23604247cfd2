import pytest

from rle_run_list_ops import concat, decode, encode, length, slice_runs, value_at


def test_encode_decode():
    runs = encode("aaabccdddd")
    assert runs == [("a", 3), ("b", 1), ("c", 2), ("d", 4)]
    assert "".join(decode(runs)) == "aaabccdddd"
    assert length(runs) == 10


def test_decode_rejects_bad_count():
    with pytest.raises(ValueError):
        decode([("x", 0)])


def test_concat_without_shared_boundary():
    assert concat(encode("aab"), encode("cc")) == [("a", 2), ("b", 1), ("c", 2)]


def test_concat_merges_boundary_run():
    assert concat(encode("aab"), encode("bbbc")) == [("a", 2), ("b", 4), ("c", 1)]


def test_value_at():
    runs = encode("xxyzzz")
    assert [value_at(runs, i) for i in range(6)] == list("xxyzzz")
    with pytest.raises(IndexError):
        value_at(runs, 6)


def test_slice_runs():
    assert slice_runs(encode("aaabbbbcc"), 2, 7) == [("a", 1), ("b", 4)]
