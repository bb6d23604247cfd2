import pytest

from retrieval_chunker import chunk_documents, chunk_text

SEVEN = "one two three four five six seven"


def test_chunks_without_overlap():
    chunks = chunk_text("doc", SEVEN, {"chunk_size": 3})
    assert [c.text for c in chunks] == ["one two three", "four five six", "seven"]
    assert [c.index for c in chunks] == [0, 1, 2]


def test_offsets_point_into_the_original_text():
    text = "alpha  beta\n\ngamma delta"
    for chunk in chunk_text("doc", text, {"chunk_size": 2}):
        assert text[chunk.start:chunk.end] == chunk.text
    assert chunk_text("doc", text, {"chunk_size": 2})[0].text == "alpha  beta"


def test_overlapping_chunks():
    chunks = chunk_text("doc", SEVEN, {"chunk_size": 3, "chunk_overlap": 1})
    assert [c.text for c in chunks] == ["one two three", "three four five", "five six seven"]


def test_rejects_empty_chunk_size():
    with pytest.raises(ValueError):
        chunk_text("doc", SEVEN, {"chunk_size": 0})


def test_documents_keep_their_ids_and_skip_blank_text():
    docs = [{"id": 7, "text": "a b c"}, {"id": 8, "text": "   "}, {"id": 9, "text": "d"}]
    chunks = chunk_documents(docs, {"chunk_size": 2})
    assert [(c.doc_id, c.text) for c in chunks] == [("7", "a b"), ("7", "c"), ("9", "d")]
