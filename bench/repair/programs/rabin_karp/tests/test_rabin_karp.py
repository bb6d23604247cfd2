from rabin_karp import count, find_all, find_first


def test_single_occurrence():
    assert find_all("hello world", "lo w") == [3]


def test_several_occurrences():
    assert find_all("abcabcabc", "abc") == [0, 3, 6]


def test_no_occurrence():
    assert find_all("hello", "xyz") == []
    assert find_first("hello", "xyz") == -1


def test_pattern_longer_than_text():
    assert find_all("ab", "abc") == []


def test_count_words():
    assert count("the cat sat on the mat", "at") == 3
