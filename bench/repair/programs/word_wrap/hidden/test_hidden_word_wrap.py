import random
import textwrap

from word_wrap import fill, wrap


def test_long_word_on_its_own_line():
    assert wrap("a verylongword b", 5) == ["a", "verylongword", "b"]


def test_exact_fit_chain():
    assert wrap("ab cd ef gh", 5) == ["ab cd", "ef gh"]


def test_matches_textwrap_on_random_text():
    rng = random.Random(13)
    for _ in range(300):
        words = ["x" * rng.randint(1, 7) for _ in range(rng.randint(1, 15))]
        width = rng.randint(7, 25)
        text = " ".join(words)
        expected = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
        assert wrap(text, width) == expected


def test_fill_paragraphs():
    text = "one two three\n\nfour five"
    assert fill(text, 8) == "one two\nthree\n\nfour\nfive"
