import random

from longest_palindrome import longest_palindrome


def _brute(text):
    best = ""
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece == piece[::-1] and len(piece) > len(best):
                best = piece
    return best


def test_even_palindromes_in_words():
    assert longest_palindrome("abba") == "abba"
    assert longest_palindrome("xyzzyq") == "yzzy"
    assert longest_palindrome("noonday") == "noon"


def test_two_equal_letters():
    assert longest_palindrome("aa") == "aa"
    assert longest_palindrome("ab") == "a"


def test_odd_palindrome_beats_shorter_even_one():
    assert longest_palindrome("aabcbd") == "bcb"


def test_random_against_brute_force():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 10)))
        assert longest_palindrome(text) == _brute(text)
