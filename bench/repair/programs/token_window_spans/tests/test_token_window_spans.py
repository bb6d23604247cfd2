import pytest

from token_window_spans import chunk, chunk_text, window_spans


def test_no_overlap_partitions():
    assert window_spans(10, 4) == [(0, 4), (4, 8), (8, 10)]


def test_empty_input_has_no_windows():
    assert window_spans(0, 4, 1) == []
    assert chunk([], 3) == []


def test_overlapping_windows():
    assert window_spans(10, 4, 2) == [(0, 4), (2, 6), (4, 8), (6, 10)]


def test_chunk_text_with_overlap():
    assert chunk_text("a b c d e f g", 3, 1) == ["a b c", "c d e", "e f g"]


def test_bad_overlap_rejected():
    with pytest.raises(ValueError):
        window_spans(10, 4, 4)
