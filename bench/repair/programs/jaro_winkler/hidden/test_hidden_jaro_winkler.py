import random

import pytest

from jaro_winkler import closest, jaro, jaro_winkler


def _reference_jaro(s, t):
    if not s and not t:
        return 1.0
    reach = max(max(len(s), len(t)) // 2 - 1, 0)
    used_s = [False] * len(s)
    used_t = [False] * len(t)
    m = 0
    for i in range(len(s)):
        for j in range(max(0, i - reach), min(len(t), i + reach + 1)):
            if not used_t[j] and s[i] == t[j]:
                used_s[i] = used_t[j] = True
                m += 1
                break
    if m == 0:
        return 0.0
    left = [c for c, u in zip(s, used_s) if u]
    right = [c for c, u in zip(t, used_t) if u]
    half = sum(1 for x, y in zip(left, right) if x != y) / 2
    return (m / len(s) + m / len(t) + (m - half) / m) / 3


def test_short_identical_words():
    for word in ["a", "ab", "abc", "go"]:
        assert jaro(word, word) == 1.0
        assert jaro_winkler(word, word) == 1.0


def test_two_letter_swap():
    assert jaro("ab", "ba") == 0.0
    assert jaro("abc", "bac") == pytest.approx(0.5556, abs=1e-4)


def test_crate_trace():
    assert jaro("CRATE", "TRACE") == pytest.approx(0.7333, abs=1e-4)


def test_dixon():
    assert jaro_winkler("DIXON", "DICKSONX") == pytest.approx(0.8133, abs=1e-4)


def test_adjacent_transposition():
    assert jaro("abcd", "bacd") == pytest.approx(0.9167, abs=1e-4)
    assert jaro_winkler("teh", "the") == pytest.approx(0.6, abs=1e-4)


def test_against_reference_on_random_words():
    rng = random.Random(7)
    for _ in range(400):
        s = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 9)))
        t = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 9)))
        assert jaro(s, t) == pytest.approx(_reference_jaro(s, t))


def test_symmetric():
    rng = random.Random(3)
    for _ in range(200):
        s = "".join(rng.choice("xyz") for _ in range(rng.randint(1, 7)))
        t = "".join(rng.choice("xyz") for _ in range(rng.randint(1, 7)))
        assert jaro(s, t) == pytest.approx(jaro(t, s))


def test_closest_short_commands():
    assert closest("sl", ["ls", "cd", "rm"], cutoff=0.0) == "ls"
    assert closest("tpo", ["top", "ps"]) is None
    assert closest("pul", ["pull", "push"]) == "pull"
    assert closest("x", []) is None
