import math

import pytest

from word_window_chunks import chunk_documents, chunk_words


def words(n):
    return " ".join(f"t{i}" for i in range(n))


@pytest.mark.parametrize("n,size,overlap", [
    (7, 4, 1), (8, 4, 1), (9, 3, 2), (20, 5, 2), (21, 5, 2), (30, 10, 0), (11, 6, 5), (13, 4, 3),
])
def test_windows_cover_text_without_redundant_tail(n, size, overlap):
    toks = words(n).split()
    chunks = chunk_words(words(n), size=size, overlap=overlap)
    step = size - overlap
    assert len(chunks) == max(math.ceil((n - overlap) / step), 1)
    assert chunks[-1].text.split()[-1] == toks[-1]
    for i, chunk in enumerate(chunks):
        assert chunk.index == i
        assert chunk.text.split() == toks[i * step:i * step + size]


def test_no_chunk_is_contained_in_the_previous_one():
    chunks = chunk_words(words(50), size=8, overlap=3)
    for prev, cur in zip(chunks, chunks[1:]):
        assert cur.end > prev.end
        assert cur.start > prev.start


def test_fewer_words_than_overlap_gives_one_chunk():
    chunks = chunk_words("a b", size=6, overlap=4)
    assert [(c.start, c.end, c.text) for c in chunks] == [(0, 3, "a b")]


def test_exact_fit_gives_one_chunk():
    chunks = chunk_words("a b c d e", size=5, overlap=2)
    assert [c.text for c in chunks] == ["a b c d e"]


def test_offsets_with_irregular_whitespace():
    text = "  lorem\tipsum   dolor\n\nsit amet, consectetur  adipiscing elit  "
    chunks = chunk_words(text, size=3, overlap=1)
    assert [c.text for c in chunks] == [
        "lorem\tipsum   dolor",
        "dolor\n\nsit amet,",
        "amet, consectetur  adipiscing",
        "adipiscing elit",
    ]
    for c in chunks:
        assert text[c.start:c.end] == c.text


def test_chunk_indexes_restart_per_document():
    pairs = list(chunk_documents({"a": words(5), "b": words(5)}, size=3, overlap=1))
    assert [(d, c.index) for d, c in pairs] == [("a", 0), ("a", 1), ("b", 0), ("b", 1)]


@pytest.mark.parametrize("size,overlap", [(0, 0), (4, -1), (4, 5)])
def test_bad_parameters(size, overlap):
    with pytest.raises(ValueError):
        chunk_words("x y z", size=size, overlap=overlap)
