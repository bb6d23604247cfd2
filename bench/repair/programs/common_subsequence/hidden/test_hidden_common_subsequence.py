import itertools
import random

from common_subsequence import lcs, lcs_length, similarity


def _is_subsequence(small, big):
    rest = iter(big)
    return all(char in rest for char in small)


def _brute_length(a, b):
    for size in range(min(len(a), len(b)), -1, -1):
        for combo in itertools.combinations(a, size):
            if _is_subsequence(combo, b):
                return size
    return 0


def test_longer_first_argument():
    result = lcs("XMJYAUZ", "MZJAWXU")
    assert len(result) == 4
    assert _is_subsequence(result, "XMJYAUZ") and _is_subsequence(result, "MZJAWXU")


def test_short_second_argument():
    assert lcs("programming", "gin") == "gin"
    assert lcs("abcdef", "f") == "f"


def test_short_first_argument():
    assert lcs("ace", "abcde") == "ace"


def test_similarity_partial():
    assert similarity("abcdefgh", "aXcXeXgX") == 0.5


def test_random_against_brute_force():
    rng = random.Random(2024)
    for _ in range(300):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 8)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 8)))
        result = lcs(a, b)
        assert len(result) == lcs_length(a, b) == _brute_length(a, b), (a, b)
        assert _is_subsequence(result, a) and _is_subsequence(result, b), (a, b, result)
