from shingle_near_dupes import dedupe, duplicate_pairs, jaccard, shingles


def test_shingles_of_a_short_passage_is_the_whole_passage():
    assert shingles("Hello world", k=3) == {("hello", "world")}


def test_shingles_slide_over_words():
    assert shingles("one two three four", k=2) == {
        ("one", "two"), ("two", "three"), ("three", "four"),
    }


def test_jaccard_of_identical_sets_is_one():
    s = shingles("the quick brown fox jumps")
    assert jaccard(s, s) == 1.0


def test_exact_repeat_is_dropped():
    passages = [
        "Refunds are issued within five business days.",
        "Shipping is free for orders over fifty dollars.",
        "Refunds are issued within five business days.",
    ]
    assert dedupe(passages) == passages[:2]


def test_distinct_passages_are_all_kept_in_order():
    passages = ["alpha beta gamma delta", "one two three four", "red green blue black"]
    assert dedupe(passages) == passages


def test_similarity_equal_to_threshold_counts_as_duplicate():
    passages = ["a b c d", "a b c e"]
    assert dedupe(passages, threshold=0.6, k=1) == ["a b c d"]


def test_duplicate_pairs_reports_index_pairs():
    passages = ["x y z w", "p q r s", "x y z w"]
    assert duplicate_pairs(passages) == [(0, 2)]
