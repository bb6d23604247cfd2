from string_period_root import borders, is_repetition, repetition_root, smallest_period


def brute_root(s):
    for size in range(1, len(s)):
        if len(s) % size == 0 and s[:size] * (len(s) // size) == s:
            return s[:size]
    return s


def test_periodic_but_not_a_repetition():
    # period 3 does not divide the length 8
    assert smallest_period("abcabcab") == 3
    assert not is_repetition("abcabcab")
    assert repetition_root("abcabcab") == "abcabcab"
    assert not is_repetition("aba")


def test_single_and_empty():
    assert not is_repetition("a")
    assert repetition_root("a") == "a"
    assert not is_repetition("")
    assert repetition_root("") == ""


def test_single_letter_runs():
    assert is_repetition("zz")
    assert repetition_root("zzzzz") == "z"


def test_against_brute_force():
    words = ["abab", "ababa", "abaaba", "aabaab", "aabaabaa", "xyxyxyxy", "abcab", "aaab",
             "abcabcabd", "qq", "q", "abababab", "abaabaaba"]
    for w in words:
        assert repetition_root(w) == brute_root(w), w
        assert is_repetition(w) == (brute_root(w) != w), w


def test_borders_more():
    assert borders("aaaa") == [3, 2, 1]
    assert borders("abcd") == []
    assert borders("") == []
