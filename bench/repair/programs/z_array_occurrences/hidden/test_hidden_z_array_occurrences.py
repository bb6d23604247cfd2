import random

from z_array_occurrences import find_all, longest_overlap, merge_with_overlap, z_array


def naive_z(s):
    z = []
    for i in range(len(s)):
        k = 0
        while i + k < len(s) and s[k] == s[i + k]:
            k += 1
        z.append(k)
    return z


def naive_find(text, pattern):
    return [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]


def test_z_array_against_naive():
    rng = random.Random(7)
    for _ in range(200):
        s = "".join(rng.choice("ab") for _ in range(rng.randint(0, 20)))
        assert z_array(s) == naive_z(s), s


def test_overlapping_runs():
    assert find_all("aaaa", "aa") == [0, 1, 2]
    assert find_all("abababa", "aba") == [0, 2, 4]
    assert find_all("xyxyxy", "xy") == [0, 2, 4]


def test_find_all_against_naive():
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 20)))
        pattern = "".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
        assert find_all(text, pattern) == naive_find(text, pattern), (text, pattern)


def test_edge_cases():
    assert find_all("ab", "") == [0, 1, 2]
    assert find_all("ab", "abc") == []
    assert find_all("", "a") == []


def test_overlap_edges():
    assert longest_overlap("aaa", "aa") == 2
    assert longest_overlap("abc", "xyz") == 0
    assert longest_overlap("", "abc") == 0
    assert merge_with_overlap("abab", "abab") == "abab"
    assert merge_with_overlap("hello", "lower") == "hellower"
