from bounded_edit_suggest import bounded_distance, suggest


def test_identical_words():
    assert bounded_distance("search", "search", 2) == 0


def test_substitutions_only():
    assert bounded_distance("book", "back", 2) == 2
    assert bounded_distance("book", "back", 1) is None


def test_classic_example():
    assert bounded_distance("kitten", "sitting", 3) == 3


def test_length_difference_over_limit():
    assert bounded_distance("a", "abcdef", 2) is None
    assert bounded_distance("", "ab", 2) == 2


def test_suggest_for_typo():
    vocabulary = ["grep", "glob", "map", "read", "write", "edit"]
    assert suggest("grap", vocabulary) == ["grep", "map"]
