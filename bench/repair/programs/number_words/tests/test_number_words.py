from number_words import number_to_words, ordinal_words


def test_small_numbers():
    assert number_to_words(0) == "zero"
    assert number_to_words(7) == "seven"
    assert number_to_words(13) == "thirteen"


def test_tens_are_hyphenated():
    assert number_to_words(42) == "forty-two"
    assert number_to_words(90) == "ninety"


def test_hundreds():
    assert number_to_words(105) == "one hundred five"
    assert number_to_words(999) == "nine hundred ninety-nine"


def test_thousands_and_millions():
    assert number_to_words(1234) == "one thousand two hundred thirty-four"
    assert number_to_words(2_000_019) == "two million nineteen"


def test_negative():
    assert number_to_words(-8) == "minus eight"


def test_ordinals():
    assert ordinal_words(1) == "first"
    assert ordinal_words(21) == "twenty-first"
    assert ordinal_words(40) == "fortieth"
    assert ordinal_words(100) == "one hundredth"
