import pytest

from lz77_window_codec import compress, decompress


def test_text_without_repeats_is_all_literals():
    assert compress("abcd") == [(0, 0, "a"), (0, 0, "b"), (0, 0, "c"), (0, 0, "d")]


def test_repeated_phrase_becomes_back_reference():
    assert compress("abcabc") == [(0, 0, "a"), (0, 0, "b"), (0, 0, "c"), (3, 2, "c")]


@pytest.mark.parametrize("text", ["", "x", "hello hello hello", "to be or not to be"])
def test_round_trip(text):
    assert decompress(compress(text)) == text


def test_decompress_overlapping_copy():
    assert decompress([(0, 0, "x"), (1, 4, "y")]) == "xxxxxy"


def test_window_limits_how_far_back_matches_reach():
    assert all(length == 0 for _, length, _ in compress("abcdeabcdz", window=4))


def test_offset_beyond_output_is_rejected():
    with pytest.raises(ValueError):
        decompress([(0, 0, "a"), (2, 1, "b")])
