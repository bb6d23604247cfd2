import random

from longest_repeat_rk import count_occurrences, find_repeat, longest_repeat, window_hashes


def brute_count(text, pattern):
    return sum(text.startswith(pattern, i) for i in range(len(text) - len(pattern) + 1))


def brute_longest(text):
    best = 0
    for i in range(len(text)):
        for j in range(i + 1, len(text)):
            k = 0
            while j + k < len(text) and text[i + k] == text[j + k]:
                k += 1
            best = max(best, k)
    return best


def test_rolled_hashes_equal_fresh_hashes():
    text = "mississippi river"
    for length in (1, 3, 6):
        for start, value in window_hashes(text, length):
            assert value == next(window_hashes(text[start : start + length], length))[1]


def test_counts_against_brute_force():
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 20)))
        pattern = "".join(rng.choice("ab") for _ in range(rng.randint(1, 4)))
        assert count_occurrences(text, pattern) == brute_count(text, pattern)


def test_longest_against_brute_force():
    rng = random.Random(5)
    for _ in range(150):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 18)))
        found = longest_repeat(text)
        assert len(found) == brute_longest(text)
        assert brute_count(text, found) >= 2 or found == ""


def test_find_repeat_start():
    assert find_repeat("xyzabcxyz", 3) == 0
    assert find_repeat("abcdef", 2) is None


def test_unicode_text():
    assert longest_repeat("héllo wörld, héllo") == "héllo"
    assert count_occurrences("ääää", "ää") == 3
