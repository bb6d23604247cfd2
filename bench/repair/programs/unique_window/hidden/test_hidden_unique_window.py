import random

from unique_window import longest_unique_span, longest_unique_substring


def _brute(text):
    best = (0, 0)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            if len(set(text[start:end])) == end - start and end - start > best[1] - best[0]:
                best = (start, end)
    return best


def test_window_restarts_after_repeat():
    assert longest_unique_substring("pwwkew") == "wke"
    assert longest_unique_span("pwwkew") == (2, 5)


def test_repeat_outside_the_window_is_ignored():
    assert longest_unique_substring("abba") == "ab"
    assert longest_unique_substring("tmmzuxt") == "mzuxt"


def test_leftmost_of_equal_lengths():
    assert longest_unique_span("abcdabcd") == (0, 4)


def test_spaces_and_digits():
    assert longest_unique_substring("2024-01-15 09:30") == "-15 09:3"


def test_random_against_brute_force():
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 12)))
        assert longest_unique_span(text) == _brute(text), text
