from common_subsequence import lcs, lcs_length, similarity


def test_length_textbook_example():
    assert lcs_length("ABCBDAB", "BDCABA") == 4


def test_length_with_empty_string():
    assert lcs_length("", "abc") == 0
    assert lcs_length("abc", "") == 0


def test_identical_strings():
    assert lcs("kitten", "kitten") == "kitten"


def test_subsequence_of_both():
    assert lcs("AGGTAB", "GXTXAYB") == "GTAB"


def test_nothing_in_common():
    assert lcs("abc", "xyz") == ""


def test_similarity():
    assert similarity("abcd", "abcd") == 1.0
    assert similarity("ab", "cd") == 0.0
    assert similarity("", "") == 1.0
