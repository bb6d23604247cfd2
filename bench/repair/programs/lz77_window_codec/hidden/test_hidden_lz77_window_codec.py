import pytest

from lz77_window_codec import compress, decompress, ratio


def test_run_of_one_character():
    assert compress("aaaaaaa") == [(0, 0, "a"), (1, 5, "a")]


def test_alternating_pair():
    assert compress("abababab") == [(0, 0, "a"), (0, 0, "b"), (2, 5, "b")]


def test_match_stops_before_last_character():
    tokens = compress("xyzxyz")
    assert tokens[-1] == (3, 2, "z")
    assert decompress(tokens) == "xyzxyz"


def test_window_exactly_covering_the_match():
    assert compress("abcdeabcde", window=5) == [
        (0, 0, "a"), (0, 0, "b"), (0, 0, "c"), (0, 0, "d"), (0, 0, "e"), (5, 4, "e")]
    assert compress("abcdeabcde", window=4)[5:] == [
        (0, 0, "a"), (0, 0, "b"), (0, 0, "c"), (0, 0, "d"), (0, 0, "e")]


def test_max_len_caps_each_match():
    tokens = compress("q" * 20, max_len=4)
    assert tokens[:2] == [(0, 0, "q"), (1, 4, "q")]
    assert all(length <= 4 for _, length, _ in tokens)
    assert decompress(tokens) == "q" * 20


@pytest.mark.parametrize("window,max_len", [(1, 1), (3, 2), (8, 15), (64, 7)])
@pytest.mark.parametrize("text", [
    "abracadabra abracadabra",
    "mississippi",
    "aaaaabaaaaabaaaaab",
    "the rain in spain stays mainly in the plain",
    "zz",
])
def test_round_trip_and_bounds(text, window, max_len):
    tokens = compress(text, window=window, max_len=max_len)
    assert decompress(tokens) == text
    for offset, length, _ in tokens:
        assert 0 <= offset <= window
        assert 0 <= length <= max_len
    assert tokens[-1][2] == text[-1]


def test_ratio():
    assert ratio("") == 0.0
    assert ratio("abcabc") == pytest.approx(4 / 6)


def test_invalid_parameters():
    with pytest.raises(ValueError):
        compress("abc", window=0)
    with pytest.raises(ValueError):
        compress("abc", max_len=0)
