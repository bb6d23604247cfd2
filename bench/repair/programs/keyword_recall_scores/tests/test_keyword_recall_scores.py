from keyword_recall_scores import recall, tokenize

MEMORIES = [
    "User likes green tea",
    "User lives in Oslo",
    "User has a dog called Rex",
]


def test_tokenize_drops_stopwords_and_punctuation():
    assert tokenize("The dog, Rex, is in the garden!") == ["dog", "rex", "garden"]


def test_query_with_no_known_words_recalls_nothing():
    assert recall(MEMORIES, "quantum chromodynamics") == []
    assert recall(MEMORIES, "the and of") == []


def test_memories_sharing_a_query_word_are_recalled_best_first():
    hits = recall(MEMORIES, "Does the user like tea?")
    assert [memory for memory, _ in hits] == [
        "User likes green tea", "User has a dog called Rex", "User lives in Oslo"]
    assert hits[0][1] > hits[1][1] > 0


def test_k_limits_the_results():
    memories = ["tea at noon", "coffee at noon", "tea tea tea", "noon meeting about tea"]
    hits = recall(memories, "tea", k=2)
    assert [memory for memory, _ in hits] == ["tea tea tea", "noon meeting about tea"]
