from positional_phrase_index import PhraseIndex, tokenize


def build():
    index = PhraseIndex()
    index.add("d1", "To be, or not to be: that is the question")
    index.add("d2", "Not to be outdone, she answered the question")
    index.add("d3", "The Question of being")
    return index


def test_tokenize_lowercases_and_keeps_apostrophes():
    assert tokenize("Don't STOP") == ["don't", "stop"]


def test_repeated_phrase_ranks_first():
    index = build()
    assert index.search("to be") == ["d1", "d2"]
    assert index.phrase_positions("to be") == {"d1": [0, 4], "d2": [1]}


def test_missing_middle_term_means_no_match():
    index = build()
    assert index.search("to xyz be") == []
    assert index.search("the question") == ["d1", "d2", "d3"]


def test_gap_between_words_is_not_a_phrase():
    index = build()
    assert index.search("not be") == []
    assert index.search("be to") == []
    assert index.search("or not to") == ["d1"]


def test_mixed_case_documents_and_queries():
    index = build()
    assert index.search("QUESTION OF") == ["d3"]
    assert index.search("Not To Be") == ["d1", "d2"]


def test_unknown_or_empty_query():
    index = build()
    assert index.search("zebra") == []
    assert index.search("   ") == []
    assert index.phrase_positions("!!") == {}


def test_doc_count():
    assert build().doc_count == 3
