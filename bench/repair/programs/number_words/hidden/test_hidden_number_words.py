from number_words import number_to_words, ordinal_words


def test_every_scale():
    assert number_to_words(1_000) == "one thousand"
    assert number_to_words(5_000_000) == "five million"
    assert number_to_words(3_000_000_000) == "three billion"
    assert number_to_words(7_000_000_000_000) == "seven trillion"


def test_mixed_scales():
    assert number_to_words(1_001_001) == "one million one thousand one"
    assert number_to_words(12_345_678) == (
        "twelve million three hundred forty-five thousand six hundred seventy-eight"
    )
    assert number_to_words(900_000_010) == "nine hundred million ten"
    assert number_to_words(2_020_202_020) == (
        "two billion twenty million two hundred two thousand twenty"
    )


def test_counts_above_a_thousand_of_the_largest_scale():
    assert number_to_words(1_500 * 10 ** 12) == "one thousand five hundred trillion"


def test_negative_large():
    assert number_to_words(-1_000_042) == "minus one million forty-two"


def test_more_ordinals():
    assert ordinal_words(12) == "twelfth"
    assert ordinal_words(1_000) == "one thousandth"
    assert ordinal_words(2_003) == "two thousand third"
    assert ordinal_words(55) == "fifty-fifth"
    assert ordinal_words(0) == "zeroth"
    assert ordinal_words(1_000_008) == "one million eighth"
