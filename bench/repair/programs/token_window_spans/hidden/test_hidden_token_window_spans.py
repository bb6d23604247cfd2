import pytest

from token_window_spans import chunk, chunk_text, window_spans


def check_spans(n, size, overlap, spans):
    if n == 0:
        assert spans == []
        return
    assert spans[0][0] == 0 and spans[-1][1] == n
    for (s0, e0), (s1, e1) in zip(spans, spans[1:]):
        assert s1 - s0 == size - overlap
        assert e0 - s1 == overlap
        assert e1 > e0
    for s, e in spans[:-1]:
        assert e - s == size
    assert 0 < spans[-1][1] - spans[-1][0] <= size


def test_properties_over_many_shapes():
    for n in range(0, 30):
        for size in range(1, 9):
            for overlap in range(0, size):
                check_spans(n, size, overlap, window_spans(n, size, overlap))


def test_short_last_window():
    assert window_spans(11, 5, 2) == [(0, 5), (3, 8), (6, 11)]
    assert window_spans(12, 5, 2) == [(0, 5), (3, 8), (6, 11), (9, 12)]


def test_input_shorter_than_window():
    assert window_spans(3, 8, 5) == [(0, 3)]


def test_chunk_lists():
    assert chunk(list(range(7)), 4, 3) == [[0, 1, 2, 3], [1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 6]]


def test_chunk_text_large_overlap():
    assert chunk_text("one two three four five", 4, 2) == ["one two three four", "three four five"]


def test_invalid_arguments():
    for args in ((5, 0, 0), (5, 3, -1), (5, 3, 3)):
        with pytest.raises(ValueError):
            window_spans(*args)
