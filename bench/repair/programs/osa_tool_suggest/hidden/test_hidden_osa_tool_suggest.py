import random
from functools import lru_cache

from osa_tool_suggest import osa_distance, suggest, unknown_tool_message


def reference(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        best = min(d(i - 1, j) + 1, d(i, j - 1) + 1,
                   d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
        if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
            best = min(best, d(i - 2, j - 2) + 1)
        return best
    return d(len(a), len(b))


def test_matches_reference_on_random_strings():
    rng = random.Random(19)
    for _ in range(1500):
        a = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 7)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 7)))
        assert osa_distance(a, b) == reference(a, b), (a, b)


def test_known_values():
    cases = [
        ("abc", "ca", 3), ("abcd", "acb", 2), ("xab", "bx", 3), ("aba", "ab", 1),
        ("abab", "baba", 2), ("cab", "abc", 2), ("flaw", "lawn", 2), ("bc", "cab", 3),
    ]
    for a, b, expected in cases:
        assert osa_distance(a, b) == expected, (a, b)
        assert osa_distance(b, a) == expected, (b, a)


def test_distance_bounds():
    rng = random.Random(7)
    for _ in range(300):
        a = "".join(rng.choice("xyz") for _ in range(rng.randint(0, 6)))
        b = "".join(rng.choice("xyz") for _ in range(rng.randint(0, 6)))
        value = osa_distance(a, b)
        assert abs(len(a) - len(b)) <= value <= max(len(a), len(b))
        assert (value == 0) == (a == b)


def test_suggest_ties_and_limit():
    known = ["bash", "base", "bask", "mask", "grep"]
    assert suggest("bas", known) == ["base", "bash", "bask", "mask"][:3]
    assert suggest("bas", known, limit=10) == ["base", "bash", "bask", "mask"]
    assert suggest("bas", known, max_distance=1) == ["base", "bash", "bask"]


def test_suggest_does_not_overmatch():
    assert suggest("ls", ["sql", "lsof", "less"]) == ["less", "lsof"]
    assert suggest("mv", ["vim", "mkdir", "move"]) == ["move"]


def test_message_with_several_hints():
    assert unknown_tool_message("Glop", ["grep", "gloss", "glob", "bash"]) == (
        "Unknown tool 'Glop'. Did you mean 'glob' or 'gloss' or 'grep'?"
    )
