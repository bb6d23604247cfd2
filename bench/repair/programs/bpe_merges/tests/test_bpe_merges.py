from bpe_merges import encode, learn_merges, merge_pair, pair_counts


def test_pair_counts_weighted_by_frequency():
    counts = pair_counts({("l", "o", "w"): 5, ("l", "o", "t"): 2})
    assert counts[("l", "o")] == 7
    assert counts[("o", "w")] == 5
    assert counts[("o", "t")] == 2


def test_merge_pair_in_the_middle():
    assert merge_pair(("n", "e", "w", "e", "s", "t"), ("e", "s")) == ("n", "e", "w", "es", "t")


def test_merge_every_occurrence():
    assert merge_pair(("t", "o", "t", "o", "t"), ("t", "o")) == ("to", "to", "t")


def test_merge_pair_at_the_end():
    assert merge_pair(("l", "o", "w", "e", "r"), ("e", "r")) == ("l", "o", "w", "er")


def test_learn_merges_classic_corpus():
    words = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
    assert learn_merges(words, 3) == [("e", "s"), ("es", "t"), ("l", "o")]


def test_encode_unseen_word():
    merges = [("e", "s"), ("es", "t"), ("l", "o"), ("lo", "w")]
    assert encode("lowest", merges) == ("low", "est")
    assert encode("slow", merges) == ("s", "low")
