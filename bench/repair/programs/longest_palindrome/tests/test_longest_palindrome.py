from longest_palindrome import count_palindromes, is_palindrome, longest_palindrome


def test_odd_length_palindrome():
    assert longest_palindrome("babad") == "bab"


def test_even_length_palindrome():
    assert longest_palindrome("cbbd") == "bb"


def test_whole_word_is_palindrome():
    assert longest_palindrome("racecar") == "racecar"


def test_empty_and_single_character():
    assert longest_palindrome("") == ""
    assert longest_palindrome("x") == "x"


def test_count_palindromes():
    assert count_palindromes("aaa") == 6
    assert count_palindromes("abc") == 3


def test_sentence_palindrome():
    assert is_palindrome("A man, a plan, a canal: Panama")
    assert not is_palindrome("palindrome")
