import random

import pytest

from retrieval_chunker import chunk_documents, chunk_text


def _words(n):
    return " ".join(f"w{i}" for i in range(n))


def test_consecutive_chunks_share_exactly_the_overlap():
    rng = random.Random(8)
    for _ in range(100):
        size = rng.randint(2, 8)
        overlap = rng.randint(0, size - 1)
        text = _words(rng.randint(1, 40))
        chunks = chunk_text("d", text, {"chunk_size": size, "chunk_overlap": overlap})
        for before, after in zip(chunks, chunks[1:]):
            shared = before.text.split()[-overlap:] if overlap else []
            assert after.text.split()[:overlap] == shared
        assert chunks[-1].text.split()[-1] == text.split()[-1]
        assert all(len(c.text.split()) <= size for c in chunks)


def test_overlap_of_two():
    chunks = chunk_text("d", _words(8), {"chunk_size": 4, "chunk_overlap": 2})
    assert [c.text for c in chunks] == ["w0 w1 w2 w3", "w2 w3 w4 w5", "w4 w5 w6 w7"]
    assert chunks[1].start == chunks[0].text.index("w2")


def test_overlap_must_be_smaller_than_the_chunk():
    with pytest.raises(ValueError):
        chunk_text("d", _words(5), {"chunk_size": 3, "chunk_overlap": 3})
    with pytest.raises(ValueError):
        chunk_text("d", _words(5), {"chunk_size": 3, "chunk_overlap": -1})


def test_documents_honour_the_overlap_setting():
    docs = [{"id": "x", "text": "a b c d"}]
    chunks = chunk_documents(docs, {"chunk_size": 3, "chunk_overlap": 2})
    assert [c.text for c in chunks] == ["a b c", "b c d"]


def test_default_settings_make_one_chunk_of_a_short_text():
    chunks = chunk_text("d", _words(150))
    assert len(chunks) == 1 and chunks[0].end == len(_words(150))


def test_empty_text_gives_no_chunks():
    assert chunk_text("d", "  \n ", {"chunk_size": 3, "chunk_overlap": 1}) == []
