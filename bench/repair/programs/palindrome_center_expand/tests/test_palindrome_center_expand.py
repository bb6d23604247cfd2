from palindrome_center_expand import longest_palindrome, palindrome_spans, shortest_palindrome_extension


def test_longest_odd():
    assert longest_palindrome("babad") == "bab"


def test_longest_even():
    assert longest_palindrome("cbbd") == "bb"


def test_longest_trivial():
    assert longest_palindrome("") == ""
    assert longest_palindrome("x") == "x"


def test_palindrome_inside_noise():
    assert longest_palindrome("aacabdkacaa") == "aca"


def test_whole_word():
    assert longest_palindrome("racecar") == "racecar"


def test_spans():
    assert palindrome_spans("abaxyzzyxf") == [(0, 3), (3, 9)]


def test_extension():
    assert shortest_palindrome_extension("abcd") == "abcdcba"
    assert shortest_palindrome_extension("abab") == "ababa"
