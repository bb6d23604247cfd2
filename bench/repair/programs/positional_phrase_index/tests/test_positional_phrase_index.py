from positional_phrase_index import PhraseIndex, tokenize


def build():
    index = PhraseIndex()
    index.add(1, "the quick brown fox jumps over the lazy dog")
    index.add(2, "a brown fox is quick")
    index.add(3, "quick brown dogs and a quick brown fox")
    return index


def test_tokenize_splits_on_punctuation():
    assert tokenize("fox, dog; cat") == ["fox", "dog", "cat"]


def test_single_word_query():
    assert build().search("fox") == [1, 2, 3]


def test_phrase_requires_adjacent_words_in_order():
    index = build()
    assert index.search("quick brown fox") == [1, 3]
    assert index.search("fox brown") == []


def test_phrase_positions():
    assert build().phrase_positions("quick brown") == {1: [1], 3: [0, 5]}


def test_query_is_case_insensitive():
    index = PhraseIndex()
    index.add("a", "Lazy Dog")
    assert index.search("lazy dog") == ["a"]
    assert index.search("LAZY") == ["a"]
