import pytest

from trigram_fuzzy_index import TrigramIndex, trigrams


WORDS = ["postgres", "postgis", "mysql", "sqlite", "progress", "posts"]


def test_trigrams_are_padded():
    assert trigrams("cat") == {"  c", " ca", "cat", "at "}


def test_similarity_of_word_with_itself():
    assert TrigramIndex().similarity("search", "Search") == 1.0


def test_similarity_of_plural():
    assert TrigramIndex().similarity("word", "words") == pytest.approx(4 / 7)


def test_lookup_finds_close_words():
    index = TrigramIndex(WORDS)
    assert [word for word, _ in index.lookup("postgre")] == ["postgres", "postgis", "posts"]


def test_lookup_with_no_shared_trigrams():
    assert TrigramIndex(WORDS).lookup("zebra") == []
