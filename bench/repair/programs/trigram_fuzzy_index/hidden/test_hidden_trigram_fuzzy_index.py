from trigram_fuzzy_index import TrigramIndex, trigrams


WORDS = ["postgres", "postgis", "mysql", "sqlite", "progress", "posts"]


def test_exact_word_scores_one():
    index = TrigramIndex(WORDS)
    assert index.lookup("sqlite")[0] == ("sqlite", 1.0)
    assert index.lookup("MYSQL") == [("mysql", 1.0)]


def test_scores_are_jaccard():
    index = TrigramIndex(WORDS)
    assert index.lookup("postgre") == [("postgres", 0.7), ("postgis", 0.4545), ("posts", 0.4)]
    assert index.lookup("sqlit") == [("sqlite", 0.625)]


def test_lookup_agrees_with_similarity():
    index = TrigramIndex(WORDS)
    for word, score in index.lookup("progres", threshold=0.0, limit=10):
        assert score == round(index.similarity("progres", word), 4)


def test_threshold_is_inclusive_and_limit_applies():
    index = TrigramIndex(WORDS)
    assert index.lookup("post", threshold=0.4) == [("posts", 0.5714), ("postgis", 0.4444), ("postgres", 0.4)]
    assert index.lookup("post", threshold=0.41) == [("posts", 0.5714), ("postgis", 0.4444)]
    assert index.lookup("post", threshold=0.2, limit=1) == [("posts", 0.5714)]


def test_ties_broken_by_word():
    index = TrigramIndex(["abd", "abc", "abe"])
    assert [w for w, _ in index.lookup("ab", threshold=0.0)] == ["abc", "abd", "abe"]


def test_adding_twice_keeps_one_entry():
    index = TrigramIndex(["grep", "grep"])
    index.add("grep")
    assert index.lookup("grep") == [("grep", 1.0)]


def test_short_words():
    assert trigrams("a") == {"  a", " a "}
    assert TrigramIndex(["a", "ab"]).lookup("a", threshold=0.0) == [("a", 1.0), ("ab", 0.25)]
