from k_distinct_window import longest_k_distinct, longest_two_kinds


def test_classic_examples():
    assert longest_k_distinct("eceba", 2) == "ece"
    assert longest_k_distinct("aa", 1) == "aa"


def test_window_must_shrink():
    assert longest_k_distinct("abaccc", 2) == "accc"


def test_k_covers_everything():
    assert longest_k_distinct("abc", 5) == "abc"


def test_degenerate_inputs():
    assert longest_k_distinct("", 2) == ""
    assert longest_k_distinct("abc", 0) == ""


def test_fruit_baskets():
    assert longest_two_kinds(["apple", "pear", "apple", "plum", "plum", "plum", "plum"]) == 5
