import random

from k_distinct_window import longest_k_distinct, longest_two_kinds


def brute(text, k):
    best = ""
    for start in range(len(text)):
        for stop in range(start + 1, len(text) + 1):
            window = text[start:stop]
            if len(set(window)) <= k and len(window) > len(best):
                best = window
    return best if k > 0 else ""


def test_leftmost_tie():
    assert longest_k_distinct("abcd", 1) == "a"
    assert longest_k_distinct("aabbcc", 2) == "aabb"


def test_long_window_at_the_end():
    assert longest_k_distinct("abcbbbbcccbdddadacb", 2) == "bcbbbbcccb"
    assert longest_k_distinct("xyzzzzzyyy", 2) == "yzzzzzyyy"


def test_random_against_brute_force():
    rng = random.Random(17)
    for _ in range(400):
        text = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 12)))
        k = rng.randint(0, 4)
        assert longest_k_distinct(text, k) == brute(text, k)


def test_baskets_edge_cases():
    assert longest_two_kinds([]) == 0
    assert longest_two_kinds(["fig"]) == 1
    assert longest_two_kinds(["a", "b", "c", "b", "b", "c", "a"]) == 5
