import pytest

from text_justify import justify, pack_lines


def test_classic_example():
    assert justify("This is an example of text justification.", 16) == [
        "This    is    an",
        "example  of text",
        "justification.  ",
    ]


def test_last_line_left_aligned():
    assert justify("What must be acknowledgment shall be", 16) == [
        "What   must   be",
        "acknowledgment  ",
        "shall be        ",
    ]


def test_words_that_exactly_fill_a_line():
    assert pack_lines(["lorem", "ipsum", "dolor"], 11) == [["lorem", "ipsum"], ["dolor"]]


def test_packed_lines_fit_every_width():
    words = "pack my box with five dozen liquor jugs".split()
    for width in range(6, 30):
        for line in pack_lines(words, width):
            assert len(" ".join(line)) <= width


def test_every_line_has_the_width():
    text = "the quick brown fox jumps over the lazy dog " * 3
    assert all(len(line) == 20 for line in justify(text, 20))


def test_empty_text():
    assert justify("   ", 10) == []


def test_word_too_long():
    with pytest.raises(ValueError):
        justify("supercalifragilistic", 10)
