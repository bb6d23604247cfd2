import random

from bpe_merges import encode, learn_merges, merge_pair


def slow_merge(symbols, pair):
    out = list(symbols)
    i = 0
    while i < len(out) - 1:
        if (out[i], out[i + 1]) == pair:
            out[i:i + 2] = [out[i] + out[i + 1]]
        i += 1
    return tuple(out)


def test_last_symbol_matches_first_half_of_pair():
    assert merge_pair(("b", "a", "n", "a"), ("a", "n")) == ("b", "an", "a")
    assert merge_pair(("x", "y", "x"), ("x", "y")) == ("xy", "x")


def test_single_symbol_and_empty_word():
    assert merge_pair(("a",), ("a", "b")) == ("a",)
    assert merge_pair((), ("a", "b")) == ()


def test_overlapping_runs_merge_left_to_right():
    assert merge_pair(("a", "a", "a"), ("a", "a")) == ("aa", "a")
    assert merge_pair(("a", "a", "a", "a"), ("a", "a")) == ("aa", "aa")


def test_random_words_match_slow_merge():
    rng = random.Random(3)
    for _ in range(300):
        word = tuple(rng.choice("ab") for _ in range(rng.randint(0, 8)))
        pair = (rng.choice("ab"), rng.choice("ab"))
        assert merge_pair(word, pair) == slow_merge(word, pair)


def test_learning_stops_when_every_word_is_one_symbol():
    merges = learn_merges({"ab": 3, "b": 1}, 10)
    assert merges == [("a", "b")]


def test_learn_merges_with_words_ending_in_merge_prefix():
    words = {"banana": 4, "bandana": 1, "nab": 2}
    merges = learn_merges(words, 3)
    assert merges == [("n", "a"), ("a", "na"), ("ana", "na")]
    assert encode("banana", merges) == ("b", "anana")
    assert encode("cabana", merges) == ("c", "a", "b", "ana")


def test_encode_with_merges_ending_pair():
    merges = [("o", "w"), ("l", "ow")]
    assert encode("wollow", merges) == ("w", "o", "l", "low")
    assert encode("lol", merges) == ("l", "o", "l")
