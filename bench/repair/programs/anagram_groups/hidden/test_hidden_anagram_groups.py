import itertools
import random

from anagram_groups import anagram_key, group_anagrams, is_anagram, largest_group


def test_every_permutation_is_an_anagram():
    for perm in itertools.permutations("stone"):
        assert is_anagram("stone", "".join(perm))


def test_letter_counts_must_match():
    assert not is_anagram("aab", "abb")
    assert not is_anagram("abc", "abcd")


def test_largest_group():
    words = ["rat", "star", "tar", "arts", "art", "tsar", "rats"]
    assert largest_group(words) == ["star", "arts", "tsar", "rats"]


def test_mixed_case_phrases_group_together():
    words = ["Night", "Thing", "the eyes", "They see", "night"]
    assert group_anagrams(words) == [["Night", "Thing", "night"], ["the eyes", "They see"]]


def test_key_is_order_independent():
    rng = random.Random(5)
    for _ in range(200):
        letters = [rng.choice("abcde") for _ in range(rng.randint(1, 8))]
        shuffled = letters[:]
        rng.shuffle(shuffled)
        assert anagram_key("".join(letters)) == anagram_key("".join(shuffled))
