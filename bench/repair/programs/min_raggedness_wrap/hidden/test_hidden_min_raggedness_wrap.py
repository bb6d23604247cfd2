import random

import pytest

from min_raggedness_wrap import break_points, fill, raggedness


def _brute_cost(words, width):
    count = len(words)
    best = None
    for mask in range(1 << max(count - 1, 0)):
        starts = [0] + [i + 1 for i in range(count - 1) if mask >> i & 1] + [count]
        lines = [" ".join(words[a:b]) for a, b in zip(starts, starts[1:])]
        if any(len(line) > width for line in lines):
            continue
        cost = raggedness(lines, width)
        best = cost if best is None else min(best, cost)
    return best


def test_optimal_against_brute_force():
    rng = random.Random(18)
    for _ in range(150):
        words = ["x" * rng.randint(1, 6) for _ in range(rng.randint(1, 8))]
        width = rng.randint(6, 16)
        lines = fill(" ".join(words), width)
        assert " ".join(lines).split() == words
        assert all(len(line) <= width for line in lines)
        assert raggedness(lines, width) == _brute_cost(words, width), (words, width)


def test_last_line_is_free():
    assert fill("a b c d e f g h", 13) == ["a b c d e f g", "h"]
    assert fill("xx yyy z", 6) == ["xx yyy", "z"]
    assert fill("Now is the time for all good men to come to the aid of their party", 23) == [
        "Now is the time for all",
        "good men to come to the",
        "aid of their party",
    ]


def test_break_points_more():
    words = "one two three four five six seven eight nine ten".split()
    assert break_points(words, 20) == [4, 8]
    assert break_points(words, 23) == [5, 9]
    assert break_points(["solo"], 4) == []
    assert break_points([], 4) == []


def test_exact_fit_and_single_word_lines():
    assert fill("abcd efgh", 4) == ["abcd", "efgh"]
    assert fill("abcd efgh", 9) == ["abcd efgh"]
    with pytest.raises(ValueError):
        break_points(["abcde"], 4)


def test_pangram_wide():
    text = "The quick brown fox jumps over the lazy dog"
    assert fill(text, 19) == ["The quick brown fox", "jumps over the lazy", "dog"]
    assert fill(text, 18) == ["The quick brown", "fox jumps over the", "lazy dog"]
