from fuzzy_band_match import Speller, bounded_distance


def test_identical_words():
    assert bounded_distance("river", "river", 2) == 0


def test_kitten_sitting():
    assert bounded_distance("kitten", "sitting", 3) == 3


def test_kitten_sitting_generous_limit():
    assert bounded_distance("kitten", "sitting", 6) == 3


def test_too_far_apart():
    assert bounded_distance("flaw", "lawn", 1) is None


def test_length_difference_alone_is_too_much():
    assert bounded_distance("a", "abcd", 2) is None


def test_suggestions_closest_first():
    speller = Speller(["apple", "maple", "apply", "ample", "banana"])
    assert speller.suggestions("aple") == ["ample", "apple", "maple", "apply"]


def test_correct_keeps_known_words():
    speller = Speller(["Paris", "London"])
    assert speller.correct("Paris") == "Paris"
    assert speller.correct("Lodnon") == "london"
