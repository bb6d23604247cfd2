import pytest

from word_window_chunks import Chunk, chunk_documents, chunk_words


def words(n):
    return " ".join(f"w{i}" for i in range(n))


def test_short_text_is_a_single_chunk():
    assert chunk_words("just a few words", size=10, overlap=3) == [
        Chunk(0, 0, 16, "just a few words"),
    ]


def test_empty_text_has_no_chunks():
    assert chunk_words("   \n ") == []


def test_windows_over_ten_words():
    chunks = chunk_words(words(10), size=4, overlap=1)
    assert [c.text for c in chunks] == [
        "w0 w1 w2 w3",
        "w3 w4 w5 w6",
        "w6 w7 w8 w9",
    ]


def test_offsets_point_into_the_original_text():
    text = "Alpha  beta\ngamma delta\n\nepsilon zeta eta"
    for chunk in chunk_words(text, size=3, overlap=1):
        assert text[chunk.start:chunk.end] == chunk.text


def test_consecutive_chunks_share_overlap_words():
    chunks = chunk_words(words(23), size=6, overlap=2)
    for prev, cur in zip(chunks, chunks[1:]):
        assert prev.text.split()[-2:] == cur.text.split()[:2]


def test_invalid_overlap_is_rejected():
    with pytest.raises(ValueError):
        chunk_words("a b c", size=3, overlap=3)


def test_chunk_documents_tags_each_chunk_with_its_document():
    pairs = list(chunk_documents({"faq": "one two", "tos": "three four"}, size=5, overlap=1))
    assert [(doc, c.text) for doc, c in pairs] == [("faq", "one two"), ("tos", "three four")]
