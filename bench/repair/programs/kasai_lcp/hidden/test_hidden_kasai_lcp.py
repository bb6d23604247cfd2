import random

from kasai_lcp import (
    distinct_substring_count,
    lcp_array,
    longest_common_prefix,
    longest_repeated_substring,
    suffix_array,
)


def _common(a, b):
    length = 0
    while length < min(len(a), len(b)) and a[length] == b[length]:
        length += 1
    return length


def _brute_lcp(text):
    suffixes = suffix_array(text)
    if not suffixes:
        return []
    return [0] + [_common(text[a:], text[b:]) for a, b in zip(suffixes, suffixes[1:])]


def test_lcp_against_brute_force():
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 12)))
        assert lcp_array(text, suffix_array(text)) == _brute_lcp(text), text


def test_lcp_small_cases():
    assert lcp_array("", []) == []
    assert lcp_array("x", [0]) == [0]
    expected = [0, 1, 1, 4, 0, 0, 1, 0, 2, 1, 3]
    assert lcp_array("mississippi", suffix_array("mississippi")) == expected


def test_distinct_substrings_against_set():
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 10)))
        expected = {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}
        assert distinct_substring_count(text) == len(expected), text


def test_longest_repeat_more():
    assert longest_repeated_substring("") == ""
    assert longest_repeated_substring("aaaa") == "aaa"
    assert longest_repeated_substring("mississippi") == "issi"
    assert longest_repeated_substring("abcabcxabc") == "abc"


def test_common_prefix_more():
    assert longest_common_prefix(["interspecies", "interstellar", "interstate"]) == "inters"
    assert longest_common_prefix(["same", "same"]) == "same"
    assert longest_common_prefix(["solo"]) == "solo"
    assert longest_common_prefix(["ab", "a", "abc"]) == "a"
