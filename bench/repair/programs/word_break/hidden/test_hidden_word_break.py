import random

from word_break import can_segment, count_segmentations, segment


def test_single_word():
    assert segment("dog", {"dog", "cat"}) == ["dog"]


def test_one_of_two_ways():
    assert segment("catsanddog", {"cat", "cats", "and", "sand", "dog"}) in (
        ["cat", "sand", "dog"], ["cats", "and", "dog"])


def test_single_letters():
    assert segment("abab", {"a", "b"}) == ["a", "b", "a", "b"]
    assert can_segment("ba", {"a", "b"})


def test_empty_dictionary():
    assert segment("a", set()) is None
    assert count_segmentations("a", set()) == 0


def test_random_against_count():
    rng = random.Random(7)
    for _ in range(300):
        words = {"".join(rng.choice("ab") for _ in range(rng.randint(1, 3)))
                 for _ in range(rng.randint(1, 4))}
        text = "".join(rng.choice("ab") for _ in range(rng.randint(1, 10)))
        pieces = segment(text, words)
        ways = count_segmentations(text, words)
        assert (pieces is not None) == (ways > 0), (text, words)
        if pieces is not None:
            assert "".join(pieces) == text
            assert all(piece in words for piece in pieces)
