import itertools
import random

from anagram_pairs import anagram_key, anagram_pairs


def brute_pairs(phrases):
    return [
        (a, b)
        for (i, a), (j, b) in itertools.combinations(enumerate(phrases), 2)
        if anagram_key(a) and anagram_key(a) == anagram_key(b)
    ]


def test_no_pairs_without_anagrams():
    assert list(anagram_pairs(["one", "two", "three"])) == []
    assert list(anagram_pairs([])) == []


def test_two_member_group():
    assert list(anagram_pairs(["Astronomer", "moon starer", "radar"])) == [
        ("Astronomer", "moon starer")
    ]


def test_repeated_phrase_pairs_with_its_repeat():
    assert list(anagram_pairs(["tops", "spot", "tops"])) == [
        ("tops", "spot"), ("tops", "tops"), ("spot", "tops"),
    ]


def test_pair_count_is_n_choose_2():
    words = ["stop", "pots", "tops", "opts", "post", "spot"]
    pairs = list(anagram_pairs(words))
    assert len(pairs) == 15
    assert all(a != b for a, b in pairs)


def test_random_against_brute_force():
    rng = random.Random(7)
    for _ in range(200):
        phrases = ["".join(rng.choice("abC ") for _ in range(rng.randint(0, 3)))
                   for _ in range(rng.randint(0, 7))]
        expected = brute_pairs(phrases)
        got = list(anagram_pairs(phrases))
        assert sorted(got) == sorted(expected), phrases
